using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>People and organisations outside the lists recognised by the words around them, on sentences written for these tests.</summary>
public sealed class NameContextTests
{
    private static List<NameEntity> Run(string text)
    {
        var document = NameTestDocuments.FromText("context.txt", text);
        NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
        return document.Names().ToList();
    }

    private static NameEntity Named(List<NameEntity> names, string text) => names.Single(n => n.Text == text);

    [Theory]
    [InlineData("The visitors relied on veteran striker Tadeo Brannagh, who scored twice.", "Tadeo Brannagh")]
    [InlineData("It rained all week. Coach Vusumuzi Thabethe said the pitch was heavy.", "Vusumuzi Thabethe")]
    [InlineData("\"Prices will stay high,\" said Ilsabet Quorrin, an economist in the capital.", "Ilsabet Quorrin")]
    [InlineData("Weeks later Orrin Vasquell told reporters the deal was off.", "Orrin Vasquell")]
    public void An_unknown_full_name_in_a_person_context_is_a_person(string text, string person)
    {
        Assert.Equal(NameKind.Person, Named(Run(text), person).Kind);
    }

    [Fact]
    public void A_surname_alone_links_to_a_full_name_found_by_its_context()
    {
        var names = Run("Coach Vusumuzi Thabethe praised the defence. Thabethe said the title race was open.");

        Assert.Equal(Named(names, "Vusumuzi Thabethe").Key, Named(names, "Thabethe").Key);
    }

    [Fact]
    public void A_title_word_after_a_given_name_is_a_surname_and_links_when_alone()
    {
        var names = Run("Winger Tobias Bishop crossed for the goal. Bishop said the crowd had carried them.");

        var full = Named(names, "Tobias Bishop");
        Assert.Equal(NameKind.Person, full.Kind);
        Assert.Equal(full.Key, Named(names, "Bishop").Key);
    }

    [Fact]
    public void A_title_word_alone_with_no_such_surname_is_not_a_name()
    {
        var names = Run("The cathedral was full. Bishop said the roof would be repaired.");

        Assert.DoesNotContain(names, n => n.Text == "Bishop");
    }

    [Theory]
    [InlineData("Investors were cautious, said analysts at Ostrowe Kapital.", "Ostrowe Kapital")]
    [InlineData("Mira Lund, a partner at Tessary, expects a rebound.", "Tessary")]
    public void Where_a_role_works_is_an_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Theory]
    [InlineData("Ordevik said its revenue rose by a tenth.", "Ordevik")]
    [InlineData("Pallastra Ventoro said in a statement that the plant would close.", "Pallastra Ventoro")]
    public void A_name_that_speaks_with_its_or_in_a_statement_is_an_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void A_person_who_speaks_in_a_statement_stays_a_person()
    {
        Assert.Equal(NameKind.Person, Named(Run("Kevin Morrow said in a statement that he would resign."), "Kevin Morrow").Kind);
    }

    [Fact]
    public void An_unknown_name_joined_by_and_to_an_organisation_is_an_organisation()
    {
        var names = Run("Low-cost platforms Quimbo and Zastra gained share.");

        Assert.Equal(NameKind.Organization, Named(names, "Quimbo").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "Zastra").Kind);
    }

    [Fact]
    public void A_hyphenated_given_name_after_a_family_name_stays_in_the_name_and_an_adjective_does_not()
    {
        var names = Run("Governor Kim Dae-ho met the Kremlin-run channel's chief. Kim said the talks went well.");

        var full = Named(names, "Kim Dae-ho");
        Assert.Equal(NameKind.Person, full.Kind);
        Assert.Equal(full.Key, Named(names, "Kim").Key);
        Assert.Equal("Kremlin", Assert.Single(names, n => n.Text.StartsWith("Kremlin", StringComparison.Ordinal)).Text);
    }

    [Fact]
    public void A_role_at_the_start_of_a_sentence_still_marks_a_workplace()
    {
        Assert.Equal(NameKind.Organization, Named(Run("Analysts at Tessary expect a rebound."), "Tessary").Kind);
    }

    [Fact]
    public void A_company_designator_closes_the_name_before_of_and_a_country()
    {
        var names = Run("The bid came from Harlsen Group of South Africa on Monday.");

        Assert.Equal(NameKind.Organization, Named(names, "Harlsen Group").Kind);
        Assert.Equal(NameKind.Place, Named(names, "South Africa").Kind);
    }

    [Fact]
    public void A_known_organisation_and_an_unknown_capitalised_word_name_one_unit()
    {
        var names = Run("Engineers at Google Quillfeather built the model.");

        Assert.Equal(NameKind.Organization, Named(names, "Google Quillfeather").Kind);
    }
}
