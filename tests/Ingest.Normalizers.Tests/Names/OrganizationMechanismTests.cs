using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// General mechanisms of English organisation naming (acronyms that spell a name's initials, leading parts of a
/// name, subjects of business acts, "the" and a speaking name, national teams), each on sentences written for these tests.
/// </summary>
public sealed class OrganizationMechanismTests
{
    private static List<NameEntity> Run(string text)
    {
        var document = NameTestDocuments.FromText("mechanisms.txt", text);
        NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
        return document.Names().ToList();
    }

    private static NameEntity Named(List<NameEntity> names, string text) => names.First(n => n.Text == text);

    [Theory]
    [InlineData("Tarnow Valley Power (TVP) said it would sell its coal plants.", "Tarnow Valley Power", "TVP")]
    [InlineData("Lindqvist Marine Services (LMS) lost the contract.", "Lindqvist Marine Services", "LMS")]
    public void An_acronym_in_brackets_that_spells_the_initials_makes_both_an_organisation(string text, string name, string acronym)
    {
        var names = Run(text);
        Assert.Equal(NameKind.Organization, Named(names, name).Kind);
        Assert.Equal(NameKind.Organization, Named(names, acronym).Kind);
        Assert.Equal(Named(names, name).Key, Named(names, acronym).Key);
    }

    [Fact]
    public void An_acronym_used_alone_links_to_the_organisation_whose_initials_it_spells()
    {
        var names = Run("The Reserve Bank of Tarvonia kept rates on hold. Economists expect the RBT to cut in May.");
        Assert.Equal(Named(names, "Reserve Bank of Tarvonia").Key, Named(names, "RBT").Key);
    }

    [Fact]
    public void An_unknown_acronym_after_a_place_preposition_is_an_organisation()
    {
        Assert.Equal(NameKind.Organization, Named(Run("Inspectors at KVARS found no fault with the brakes."), "KVARS").Kind);
    }

    [Fact]
    public void A_leading_part_of_an_organisation_name_is_that_organisation()
    {
        var names = Run("Ostrander Freight Lines Ltd posted a loss. Ostrander Freight said demand was weak.");
        Assert.Equal(NameKind.Organization, Named(names, "Ostrander Freight").Kind);
        Assert.Equal(Named(names, "Ostrander Freight Lines Ltd").Key, Named(names, "Ostrander Freight").Key);
    }

    [Theory]
    [InlineData("Analysts said Quorvex acquired two smaller rivals last year.", "Quorvex")]
    [InlineData("Shares rose after Velmaro posted its first annual profit.", "Velmaro")]
    public void A_bare_name_that_does_a_business_act_is_an_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Theory]
    [InlineData("On Friday the Harwell Trust said the site would close.", "Harwell Trust")]
    [InlineData("Last week the Brennock Alliance warned of job losses.", "Brennock Alliance")]
    [InlineData("Yesterday the Corrib Syndicate announced a new chair.", "Corrib Syndicate")]
    [InlineData("In May the Ardvale Consortium said it had won the bid.", "Ardvale Consortium")]
    public void A_name_after_the_that_speaks_or_has_a_body_head_is_an_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Theory]
    [InlineData("India's bowlers struggled in the heat.", "India")]
    [InlineData("It was their first victory over Brazil since 2011.", "Brazil")]
    [InlineData("He scored twice in the match against Norway.", "Norway")]
    public void A_country_with_a_player_or_as_an_opponent_is_its_national_team(string text, string team)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), team).Kind);
    }

    [Theory]
    [InlineData("India's economy grew by six per cent.", "India")]
    [InlineData("Protests against Norway's whaling grew.", "Norway")]
    public void A_country_without_a_sport_cue_stays_a_place(string text, string place)
    {
        Assert.Equal(NameKind.Place, Named(Run(text), place).Kind);
    }

    [Fact]
    public void A_capital_that_threatens_in_the_present_tense_stands_for_its_government()
    {
        Assert.Equal(NameKind.Organization, Named(Run("Officials fear Ottawa threatens new duties on steel."), "Ottawa").Kind);
    }

    [Theory]
    [InlineData("The club Al Zamrik won the game.", "Al Zamrik")]
    [InlineData("Shares in Al Harazi rose by a tenth.", "Al Harazi")]
    public void An_arabic_article_that_opens_a_name_stays_in_it(string text, string name)
    {
        Assert.Contains(Run(text), n => n.Text == name);
    }
}
