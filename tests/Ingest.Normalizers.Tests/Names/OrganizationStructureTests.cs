using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>Organisation rules of name structure and sentence role, each on sentences written for these tests.</summary>
public sealed class OrganizationStructureTests
{
    private static List<NameEntity> Run(string text)
    {
        var document = NameTestDocuments.FromText("structure.txt", text);
        NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
        return document.Names().ToList();
    }

    private static NameEntity Named(List<NameEntity> names, string text) => names.Single(n => n.Text == text);

    [Theory]
    [InlineData("Profit at Lornholt Freight Co. rose by a tenth this year.", "Lornholt Freight Co.")]
    [InlineData("Analysts expect Brisvane Paper Corp. to cut jobs.", "Brisvane Paper Corp.")]
    [InlineData("The U.S. Maritime Commission opened an inquiry.", "U.S. Maritime Commission")]
    public void An_abbreviated_designator_or_initialism_keeps_its_period(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Theory]
    [InlineData("Fans of the Denver Comets queued all night.", "Denver Comets")]
    [InlineData("Last season the Chicago Wolverines won nothing.", "Chicago Wolverines")]
    public void A_city_and_a_capitalised_plural_name_a_team(string text, string team)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), team).Kind);
    }

    [Theory]
    [InlineData("Officials said Tokyo has rejected the plan.", "Tokyo")]
    [InlineData("On Monday Beijing criticised the tariffs.", "Beijing")]
    [InlineData("Since the spring Cairo has exchanged envoys with Ankara.", "Cairo")]
    [InlineData("Diplomats doubted Moscow's position on the grain corridor.", "Moscow")]
    public void A_capital_that_acts_stands_for_its_government(string text, string city)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), city).Kind);
    }

    [Theory]
    [InlineData("The delegation arrived in Tokyo on Monday.", "Tokyo")]
    [InlineData("The Cairo summit ended without a deal.", "Cairo")]
    public void A_capital_as_a_location_stays_a_place(string text, string city)
    {
        Assert.Equal(NameKind.Place, Named(Run(text), city).Kind);
    }

    [Theory]
    [InlineData("Researchers at the Institute for Coastal and Polar Studies disagreed.", "Institute for Coastal and Polar Studies")]
    [InlineData("The Ministry of Fisheries and Forestry issued permits.", "Ministry of Fisheries and Forestry")]
    [InlineData("Leaders met at the Association of West African Ports.", "Association of West African Ports")]
    [InlineData("A study by the Tarsk Board of Water Quality was published.", "Tarsk Board of Water Quality")]
    public void For_and_of_chains_continue_over_and_and_demonyms(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void A_capitalised_ordinary_word_inside_a_sentence_stays_in_the_organisation_name()
    {
        var names = Run("According to the Moldovan Press Agency, turnout was low.");

        Assert.Equal(NameKind.Organization, Named(names, "Moldovan Press Agency").Kind);
    }

    [Theory]
    [InlineData("The vote split the Kor Lanna Party and its allies.", "Kor Lanna Party")]
    [InlineData("Members of the Women's Union marched.", "Women's Union")]
    [InlineData("Donors to the Children's Trust gave more.", "Children's Trust")]
    [InlineData("Leaders of the Nam Thai Alliance resigned.", "Nam Thai Alliance")]
    public void Possessives_and_demonyms_inside_a_name_before_its_head_stay_in_it(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void An_ordinary_word_opening_a_sentence_does_not_join_a_name_over_of()
    {
        var names = Run("Shares of Velquist Mining rose on Friday.");

        Assert.Equal(NameKind.Organization, Named(names, "Velquist Mining").Kind);
        Assert.DoesNotContain(names, n => n.Text.StartsWith("Shares", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_followed_by_of_and_an_organisation_are_two_names()
    {
        var names = Run("Peter Lindqvist of Norvel Maritime AG said freight rates would fall.");

        Assert.Equal(NameKind.Person, Named(names, "Peter Lindqvist").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "Norvel Maritime AG").Kind);
    }
}
