using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>Organisations found by structure and context, on sentences written for these tests.</summary>
public sealed class OrganizationNameTests
{
    private static List<NameEntity> Run(string text)
    {
        var document = NameTestDocuments.FromText("org.txt", text);
        NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
        return document.Names().ToList();
    }

    private static NameEntity Named(List<NameEntity> names, string text) => names.Single(n => n.Text == text);

    [Theory]
    [InlineData("Talvera Holdings plc cut its dividend on Monday.", "Talvera Holdings plc")]
    [InlineData("Output at Brennix Werke AG fell for a third month.", "Brennix Werke AG")]
    [InlineData("The Central Bank of Kenya raised its main rate.", "Central Bank of Kenya")]
    [InlineData("Students at the University of Cape Town protested.", "University of Cape Town")]
    [InlineData("Leeds United signed a new goalkeeper.", "Leeds United")]
    [InlineData("Fans of Real Madrid filled the square.", "Real Madrid")]
    [InlineData("Engineers at Kenya Airways went on strike.", "Kenya Airways")]
    public void Designators_heads_and_of_chains_make_one_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void An_acronym_defined_in_brackets_links_to_its_expansion()
    {
        var names = Run("The National Committee of the Silver Cross (NCSC) sent doctors. The NCSC said more would follow.");

        var expansion = Named(names, "National Committee of the Silver Cross");
        Assert.Equal(NameKind.Organization, expansion.Kind);
        Assert.All(names.Where(n => n.Text == "NCSC"), n => Assert.Equal(expansion.Key, n.Key));
    }

    [Fact]
    public void A_company_outside_the_lists_is_named_by_its_context_not_as_a_person()
    {
        var names = Run("Investors sold shares of Qorvane after the chipmaker Qorvane cut its forecast. Qorvane's shares fell 9%.");

        Assert.All(names.Where(n => n.Text == "Qorvane"), n => Assert.Equal(NameKind.Organization, n.Kind));
        Assert.Equal(3, names.Count(n => n.Text == "Qorvane"));
    }

    [Fact]
    public void A_short_form_takes_the_kind_and_key_of_the_full_organisation_name()
    {
        var names = Run("Velmora Group reported a loss. Velmora said demand would recover.");

        var full = Named(names, "Velmora Group");
        var alone = Named(names, "Velmora");
        Assert.Equal(NameKind.Organization, alone.Kind);
        Assert.Equal(full.Key, alone.Key);
    }

    [Fact]
    public void A_capital_that_speaks_is_its_government_and_keeps_a_key_apart_from_the_place()
    {
        var names = Run("Washington said the tariffs would stay. Officials in Washington disagreed.");

        var government = names.First(n => n.Text == "Washington");
        var place = names.Last(n => n.Text == "Washington");
        Assert.Equal(NameKind.Organization, government.Kind);
        Assert.Equal(NameKind.Place, place.Kind);
        Assert.NotEqual(government.Key, place.Key);
    }

    [Fact]
    public void Places_that_beat_each_other_are_their_teams()
    {
        var names = Run("Atlanta beat Boston in overtime on Sunday.");

        Assert.Equal(NameKind.Organization, Named(names, "Atlanta").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "Boston").Kind);
    }

    [Fact]
    public void A_plural_team_name_after_the_is_an_organisation()
    {
        Assert.Equal(NameKind.Organization, Named(Run("Late points sent the Hornets through to the final."), "Hornets").Kind);
    }

    [Fact]
    public void A_name_that_labels_a_network_is_not_the_person()
    {
        var names = Run("Commander Tariq Solani met envoys. The Solani network denied the attack.");

        Assert.Equal(NameKind.Person, Named(names, "Tariq Solani").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "Solani network").Kind);
    }

    [Fact]
    public void A_greeting_that_opens_a_sentence_is_not_part_of_the_name()
    {
        var names = Run("The club unveiled its new coach. Welcome Jose Marquina, said the chairman.");

        Assert.Contains(names, n => n.Text == "Jose Marquina" && n.Kind == NameKind.Person);
        Assert.DoesNotContain(names, n => n.Text.StartsWith("Welcome", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_alone_links_to_the_full_name_met_earlier()
    {
        var names = Run("Midfielder Dario Velten scored twice. Velten said the team deserved it.");

        Assert.Equal(Named(names, "Dario Velten").Key, Named(names, "Velten").Key);
    }
}
