using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Mechanisms of English naming for issue 23, each on sentences written for these tests: the sides of a score are teams,
/// words coordinated by "and" before an organisation head (with the acronym the text defines) are one name, a known
/// acronym after "of" is a parent body of its own, a capital cited as a source or acting after an adverb is its government,
/// plural demonyms and words with digits are not names, and kin or a lifespan make a person.
/// </summary>
public sealed class OrganizationScoreAndCoordinationTests
{
    private static List<NameEntity> Run(string text)
    {
        var document = NameTestDocuments.FromText("score-and-coordination.txt", text);
        NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
        return document.Names().ToList();
    }

    private static NameEntity Named(List<NameEntity> names, string text) => names.First(n => n.Text == text);

    [Theory]
    [InlineData("Result\n\nBrackwell 2 – 1 Tarnholm Rovers\n\nA late goal settled it.", "Brackwell", "Tarnholm Rovers")]
    [InlineData("Result\n\nLyon 0-3 Ostrava\n\nThe visitors were better.", "Lyon", "Ostrava")]
    public void Both_sides_of_a_score_are_teams(string text, string home, string away)
    {
        var names = Run(text);
        Assert.Equal(NameKind.Organization, Named(names, home).Kind);
        Assert.Equal(NameKind.Organization, Named(names, away).Kind);
    }

    [Fact]
    public void A_given_name_beside_a_score_is_a_team_wherever_the_report_names_it()
    {
        var names = Run("Results\n\nMadison 3 – 0 Brackwell\n\nMadison dominated from the first minute and never looked back.");
        Assert.All(names.Where(n => n.Text == "Madison"), n => Assert.Equal(NameKind.Organization, n.Kind));
        Assert.Equal(2, names.Count(n => n.Text == "Madison"));
    }

    [Fact]
    public void A_number_range_after_a_place_is_not_a_score()
    {
        Assert.Equal(NameKind.Place, Named(Run("Visitors to Lyon stay 2 - 3 nights on average."), "Lyon").Kind);
    }

    [Theory]
    [InlineData("The National Oceanics and Fisheries Administration (NOFA) said stocks were recovering. NOFA will report again in May.",
        "National Oceanics and Fisheries Administration", "NOFA")]
    [InlineData("He was declared the winner by the country's Independent Polling and Districts Commission (IPDC) on Monday.",
        "Independent Polling and Districts Commission", "IPDC")]
    public void Words_coordinated_before_an_organisation_head_and_defined_by_an_acronym_are_one_name(string text, string name, string acronym)
    {
        var names = Run(text);
        Assert.Equal(NameKind.Organization, Named(names, name).Kind);
        Assert.Equal(Named(names, name).Key, Named(names, acronym).Key);
    }

    [Fact]
    public void Names_joined_by_and_without_a_defined_acronym_stay_apart()
    {
        var names = Run("Talks between Brackwell and Tarnholm Council resumed on Friday.");
        Assert.DoesNotContain(names, n => n.Text == "Brackwell and Tarnholm Council");
        Assert.Contains(names, n => n.Text == "Tarnholm Council" && n.Kind == NameKind.Organization);
    }

    [Fact]
    public void A_known_acronym_after_of_is_a_parent_body_of_its_own()
    {
        var names = Run("She leads the Ocean Survey Directorate of UNESCO in Bergen.");
        Assert.Equal(NameKind.Organization, Named(names, "Ocean Survey Directorate").Kind);
        Assert.Equal(NameKind.Organization, Named(names, "UNESCO").Kind);
    }

    [Fact]
    public void An_unknown_acronym_after_of_stays_in_the_name()
    {
        Assert.Equal(NameKind.Organization, Named(Run("She joined the Ministry of ICT in March."), "Ministry of ICT").Kind);
    }

    [Fact]
    public void A_place_in_capitals_after_of_still_ends_the_name()
    {
        Assert.Equal(NameKind.Organization, Named(Run("He studied at the Medical College of the USA last year."), "Medical College of the USA").Kind);
    }

    [Theory]
    [InlineData("Ankara later denied that any talks had taken place.", "Ankara")]
    [InlineData("Ottawa has accepted the invitation to the summit.", "Ottawa")]
    [InlineData("Nairobi's invitation was welcomed by the other members.", "Nairobi")]
    [InlineData("The strikes killed dozens of soldiers, according to Canberra.", "Canberra")]
    public void A_capital_that_acts_or_is_cited_as_a_source_stands_for_its_government(string text, string capital)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), capital).Kind);
    }

    [Theory]
    [InlineData("The delegation flew to Canberra on Monday.", "Canberra")]
    [InlineData("Ankara later hosted a trade fair for builders.", "Ankara")]
    public void A_capital_without_an_act_of_government_stays_a_place(string text, string capital)
    {
        Assert.Equal(NameKind.Place, Named(Run(text), capital).Kind);
    }

    [Theory]
    [InlineData("Many Kenyans voted early on Tuesday.", "Kenyans")]
    [InlineData("Thousands of Pakistanis crossed the border.", "Pakistanis")]
    public void A_plural_demonym_is_not_a_name(string text, string demonym)
    {
        Assert.DoesNotContain(Run(text), n => n.Text == demonym);
    }

    [Theory]
    [InlineData("Sales fell sharply in Q2 after the launch.", "Q2")]
    [InlineData("The airline ordered ten A380 jets from the maker.", "A380")]
    public void A_word_with_digits_is_a_code_not_a_name(string text, string code)
    {
        Assert.DoesNotContain(Run(text), n => n.Text == code);
    }

    [Theory]
    [InlineData("She flew home with her husband Torvald on Sunday.", "Torvald")]
    [InlineData("Anna's sister Brisa also joined them in the stands.", "Brisa")]
    public void A_name_after_a_kinship_noun_is_a_person(string text, string person)
    {
        Assert.Equal(NameKind.Person, Named(Run(text), person).Kind);
    }

    [Fact]
    public void A_name_with_a_lifespan_in_brackets_is_a_person()
    {
        var names = Run("Painters like Ilse Vardane (1901-1987) are being rediscovered.");
        Assert.Equal(NameKind.Person, Named(names, "Ilse Vardane").Kind);
    }

    [Theory]
    [InlineData("At Korvane, the Danish toymaker, profits rose.", "Korvane")]
    [InlineData("Korvane, a brickmaker based in Oslo, said demand was weak.", "Korvane")]
    public void A_maker_compound_in_an_appositive_makes_a_company(string text, string company)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), company).Kind);
    }

    [Fact]
    public void A_maker_compound_that_names_a_person_does_not_make_a_company()
    {
        Assert.DoesNotContain(Run("Korvane, the Danish filmmaker, said the shoot was over."), n => n.Kind == NameKind.Organization);
    }

    [Theory]
    [InlineData("Workers at Korvane walked out on Friday.", "Korvane")]
    [InlineData("Many engineers at Tessaly Robotics quit last year.", "Tessaly Robotics")]
    public void Where_staff_work_is_an_organisation(string text, string organization)
    {
        Assert.Equal(NameKind.Organization, Named(Run(text), organization).Kind);
    }

    [Fact]
    public void A_name_before_a_possessive_side_is_the_manager_not_the_team()
    {
        var names = Run("They were beaten by Ivo Renkovic's side on Saturday.");
        Assert.DoesNotContain(names, n => n.Text == "Ivo Renkovic" && n.Kind == NameKind.Organization);
    }

    [Fact]
    public void A_name_before_a_possessive_coach_is_still_a_team()
    {
        Assert.Equal(NameKind.Organization, Named(Run("Dunmore Athletic's coach was sacked on Monday."), "Dunmore Athletic").Kind);
    }

    [Theory]
    [InlineData("Troops crossed into the Democratic Republic of Congo on Monday.", "Democratic Republic of Congo")]
    [InlineData("Envoys from the Sultanate of Oman arrived on Monday.", "Sultanate of Oman")]
    public void A_place_head_and_of_a_known_place_are_one_place(string text, string place)
    {
        Assert.Equal(NameKind.Place, Named(Run(text), place).Kind);
    }
}
