using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Linking by the structure of names, on texts written for these tests with counter-cases: a middle name used alone links
/// to the full name, a leading part links to the longest of names that extend one another, and an acronym links to an
/// organisation whose initials it spells in another order (a translated name) or, known itself, to the spelled-out name.
/// </summary>
public sealed class LinkingStructureTests
{
    private static async Task<List<NameEntity>> RunAsync(string text)
    {
        var document = NameTestDocuments.FromText("linking.txt", text);
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        return document.Names().ToList();
    }

    private static NameEntity Only(List<NameEntity> names, string text) => Assert.Single(names, n => n.Text == text);

    [Fact]
    public async Task A_middle_name_used_alone_links_to_the_full_name()
    {
        var names = await RunAsync("Joaquim Tavinho Barreto dos Anjos won the runoff. Tavinho thanked his voters in Recife on Monday.");
        Assert.Equal(Only(names, "Joaquim Tavinho Barreto dos Anjos").Key, Only(names, "Tavinho").Key);
    }

    [Fact]
    public async Task A_surname_used_alone_still_links_to_the_full_name()
    {
        var names = await RunAsync("Halvard Ostergaard Brenne was elected chairman. Brenne said the board would meet in June.");
        Assert.Equal(Only(names, "Halvard Ostergaard Brenne").Key, Only(names, "Brenne").Key);
    }

    [Fact]
    public async Task A_leading_part_links_to_the_longest_of_names_that_extend_one_another()
    {
        var names = await RunAsync("Tavrel Motor Co. posted a loss. Tavrel Motor cut its forecast, and Tavrel said it would close a plant.");
        var key = Only(names, "Tavrel Motor Co.").Key;
        Assert.Equal(key, Only(names, "Tavrel Motor").Key);
        Assert.Equal(key, Only(names, "Tavrel").Key);
    }

    [Fact]
    public async Task A_leading_part_shared_by_two_different_firms_links_to_neither()
    {
        var names = await RunAsync("Nordvik Shipping ASA and Nordvik Energy ASA both reported on Tuesday. Nordvik said the split was final.");
        var nordvik = names.Where(n => n.Text == "Nordvik").ToList();
        Assert.All(nordvik, n => Assert.NotEqual(Only(names, "Nordvik Shipping ASA").Key, n.Key));
        Assert.All(nordvik, n => Assert.NotEqual(Only(names, "Nordvik Energy ASA").Key, n.Key));
    }

    [Fact]
    public async Task A_bracketed_acronym_of_a_translated_name_links_to_it()
    {
        var names = await RunAsync("Talks with the Revolutionary Armed Forces of Colombia (FARC) resumed. The FARC said it wanted a ceasefire.");
        var key = Only(names, "Revolutionary Armed Forces of Colombia").Key;
        Assert.All(names.Where(n => n.Text == "FARC"), n => Assert.Equal(key, n.Key));
    }

    [Fact]
    public async Task A_bracketed_acronym_of_other_letters_does_not_link()
    {
        var names = await RunAsync("The Northern Valley Water Board (KWX) met on Monday.");
        Assert.NotEqual(Only(names, "Northern Valley Water Board").Key, names.FirstOrDefault(n => n.Text == "KWX")?.Key);
    }

    [Fact]
    public async Task A_known_acronym_keeps_its_own_key_beside_another_name_with_its_initials()
    {
        // A known entry (BP, the oil company) is not the expansion of whatever name in the text has the same initials.
        var names = await RunAsync("The Bank of Portugal cut its forecast. BP said oil output fell in the quarter.");
        Assert.NotEqual(Only(names, "Bank of Portugal").Key, Only(names, "BP").Key);
    }
}
