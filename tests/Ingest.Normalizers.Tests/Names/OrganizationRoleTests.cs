using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>Organisations found by their role in the sentence (teams, companies, appositives), on sentences written for these tests.</summary>
public sealed class OrganizationRoleTests
{
    private static List<NameEntity> Run(string text)
    {
        var document = NameTestDocuments.FromText("roles.txt", text);
        NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
        return document.Names().ToList();
    }

    private static NameEntity Named(List<NameEntity> names, string text) => names.Single(n => n.Text == text);

    [Theory]
    [InlineData("On Saturday the visitors lost to Kelbrook Rovers in extra time.", "Kelbrook Rovers")]
    [InlineData("Last week the champions drew with Ostmark Vale at home.", "Ostmark Vale")]
    [InlineData("The winger signed for Harlow Athletic in June.", "Harlow Athletic")]
    [InlineData("He played for Dunmere for six seasons.", "Dunmere")]
    [InlineData("The teenager joined Varnley after a trial.", "Varnley")]
    [InlineData("Fans saw Corrigan Town beat the leaders.", "Corrigan Town")]
    [InlineData("They advanced after beating Talbury Strikers 2-1.", "Talbury Strikers")]
    public void A_name_in_the_role_of_a_sport_verb_is_a_team(string text, string team)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), team).Kind);
    }

    [Theory]
    [InlineData("The Tarwick coach praised the defence.", "Tarwick")]
    [InlineData("Afterwards the Brandholm striker apologised.", "Brandholm")]
    [InlineData("Nobody asked about Velmont's manager after the match.", "Velmont")]
    [InlineData("Angry Ostrava fans booed the referee.", "Ostrava")]
    public void A_name_before_a_team_role_or_fans_is_a_team(string text, string team)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), team).Kind);
    }

    [Theory]
    [InlineData("In the final Lisbon lost to Porto on penalties.", "Lisbon")]
    [InlineData("The midfielder signed for Munich last summer.", "Munich")]
    [InlineData("The Boston coach was sent off.", "Boston")]
    public void A_city_in_a_team_role_stands_for_its_team(string text, string city)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), city).Kind);
    }

    [Theory]
    [InlineData("The team trained in Boston all week.", "Boston")]
    [InlineData("She moved to Munich as a child.", "Munich")]
    public void A_city_as_a_location_stays_a_place_beside_sport_words(string text, string city)
    {
        Assert.Equal(NameKind.Place, Named(Run(text), city).Kind);
    }

    [Theory]
    [InlineData("Traders sold shares of Salzburg after the warning.", "Salzburg")]
    [InlineData("Nobody has met Medina's chief executive since March.", "Medina")]
    public void A_place_name_used_as_a_company_is_an_organisation_there(string text, string company)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), company).Kind);
    }

    [Theory]
    [InlineData("She studied at the Norwegian Research Center in Egypt for a year.", "Norwegian Research Center in Egypt")]
    [InlineData("He teaches at the University of Ostland at Vellby now.", "University of Ostland at Vellby")]
    public void In_and_at_after_an_organisation_head_continue_a_capitalised_name(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void In_after_a_known_organisation_with_a_place_is_where_it_is()
    {
        var names = Run("The office of the central bank in Egypt closed.");

        Assert.Equal(NameKind.Place, Named(names, "Egypt").Kind);
    }

    [Theory]
    [InlineData("Members of the Farmers' Union marched to parliament.", "Farmers' Union")]
    [InlineData("The Workers' Party won two seats.", "Workers' Party")]
    public void A_plural_possessive_before_an_organisation_head_stays_in_the_name(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Theory]
    [InlineData("The award went to Park Ji-hoon on Friday.", "Park Ji-hoon")]
    [InlineData("The award went to Park Soo-bin on Friday.", "Park Soo-bin")]
    [InlineData("Critics praised Choi Min-ho for the role.", "Choi Min-ho")]
    public void A_family_name_and_a_hyphenated_given_name_are_a_person(string text, string person)
    {
        Assert.Equal(NameKind.Person, Named(Run(text), person).Kind);
    }

    [Theory]
    [InlineData("Profits rose at Halvors Kamber, a Swiss chocolate maker, last year.", "Halvors Kamber")]
    [InlineData("The deal with Ostergaard Linde, the Danish shipping group, collapsed.", "Ostergaard Linde")]
    public void An_unknown_name_with_a_company_appositive_is_an_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void A_person_with_a_role_appositive_stays_a_person()
    {
        var names = Run("The report quoted Anna Lindqvist, a Swiss economist, at length.");

        Assert.Equal(NameKind.Person, Named(names, "Anna Lindqvist").Kind);
    }

    [Theory]
    [InlineData("The minister said Lisbon would not sign the pact.", "Lisbon")]
    [InlineData("Talks stalled, and relations between Lisbon and Madrid cooled.", "Madrid")]
    [InlineData("Talks stalled, and relations between Lisbon and Madrid cooled.", "Lisbon")]
    public void A_capital_reported_as_acting_or_party_to_relations_is_its_government(string text, string city)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), city).Kind);
    }

    [Fact]
    public void A_capital_listed_with_another_after_in_stays_a_place()
    {
        var names = Run("Talks were held in Lisbon and Madrid last spring.");

        Assert.Equal(NameKind.Place, Named(names, "Madrid").Kind);
    }

    [Theory]
    [InlineData("Several Munich players left early.", "Munich")]
    [InlineData("The Lisbon side dominated possession.", "Lisbon")]
    public void A_city_with_players_or_a_side_is_its_team(string text, string city)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), city).Kind);
    }

    [Fact]
    public void A_known_company_followed_by_a_country_names_its_national_unit()
    {
        var names = Run("Analysts expect Toyota Egypt to open a plant.");

        Assert.Equal(NameKind.Organization, Named(names, "Toyota Egypt").Kind);
    }

    [Fact]
    public void A_player_named_in_full_who_beats_another_stays_a_person()
    {
        var names = Run("The title went to Anna Halvorsen. In the semi-final Halvorsen beat the top seed.");

        Assert.All(names.Where(n => n.Text.Contains("Halvorsen", StringComparison.Ordinal)), n => Assert.Equal(NameKind.Person, n.Kind));
    }
}
