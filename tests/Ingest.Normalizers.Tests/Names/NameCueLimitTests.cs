using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Where the document cues stop, on texts written for these tests: a capital letter ending a sentence is no initial of
/// the next name, a class noun before "like" or "such as" does not overrule a name that reads as a person's (nor "like"
/// the verb), a name that is the object of a relative clause does not take its verb as a group, and a surname is no
/// given name. Each test asserts every entity found, kind and text.
/// </summary>
public sealed class NameCueLimitTests
{
    private static async Task<string[]> EntitiesAsync(string text)
    {
        var document = NameTestDocuments.FromText("limits.txt", text);
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        return document.Names().Select(n => $"{n.Kind}: {n.Text}").ToArray();
    }

    [Theory]
    [InlineData("We moved to Plan B. Marcus Tully approved it.", "Person: Marcus Tully")]
    [InlineData("Her blood type is O. Jennifer Abbott checked it.", "Person: Jennifer Abbott")]
    [InlineData("Section D. Harold Jensen objected.", "Person: Harold Jensen")]
    public async Task A_capital_letter_ending_a_sentence_leaves_the_next_name_a_person(string text, string expected)
        => Assert.Equal([expected], await EntitiesAsync(text));

    [Fact]
    public async Task An_initial_does_not_open_an_of_chain_over_a_person_and_a_company()
        => Assert.Equal(["Person: Larry Pope", "Organization: Smithfield Foods"], await EntitiesAsync("C. Larry Pope of Smithfield Foods spoke first."));

    [Theory]
    [InlineData("Early investors like Priya Raman made a fortune.", "Person: Priya Raman")]
    [InlineData("Rivals such as Tomas Berger complained.", "Person: Tomas Berger")]
    [InlineData("Backers including Helen Ashby pulled out.", "Person: Helen Ashby")]
    public async Task A_class_noun_before_a_name_that_reads_as_a_person_does_not_make_it_an_organization(string text, string expected)
        => Assert.Equal([expected], await EntitiesAsync(text));

    [Fact]
    public async Task Like_as_a_verb_gives_its_object_no_kind_from_the_noun_before_it()
        => Assert.Empty(await EntitiesAsync("Many players like Brentford because the fans sing."));

    [Fact]
    public async Task Like_closing_a_list_still_gives_the_class_kind()
        => Assert.Equal(["Organization: Velmarco", "Organization: Ostrivane"], await EntitiesAsync("Firms like Velmarco and Ostrivane cut prices."));

    [Theory]
    [InlineData("Voters who support Kessler are angry.")]
    [InlineData("Fans who adore Marlowe were loud.")]
    [InlineData("Officials who met Vance were briefed.")]
    [InlineData("Only those who backed Osterby were invited.")]
    public async Task The_object_of_a_relative_clause_does_not_take_its_plural_verb_as_a_group(string text)
        => Assert.Empty(await EntitiesAsync(text));

    [Fact]
    public async Task A_plural_verb_names_its_own_mention_only()
        => Assert.Equal(["Organization: Kessler"], await EntitiesAsync("After the tour Kessler are back. Does Kessler have a plan?"));

    [Theory]
    [InlineData("Morgan Stanley raised its forecast.", "Organization: Morgan Stanley")]
    [InlineData("Analysts at Morgan Stanley raised the forecast.", "Organization: Morgan Stanley")]
    public async Task A_bank_named_by_a_surname_is_the_bank(string text, string expected)
        => Assert.Equal([expected], await EntitiesAsync(text));
}
