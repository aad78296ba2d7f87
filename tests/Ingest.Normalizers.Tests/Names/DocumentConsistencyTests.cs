using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Mechanisms that read a name against the rest of its document, each on texts written for these tests with the
/// counter-cases where the rule must not fire: a full name confirmed by its surname used alone later, a singular name
/// taking a plural verb as a group, the class before "like", "such as" or "including" giving the kind of its examples,
/// a one-word person keeping that kind where it recurs, and acronyms of ordinary nouns named as nothing, and
/// "International" closing a firm's name.
/// </summary>
public sealed class DocumentConsistencyTests
{
    private static async Task<List<NameEntity>> RunAsync(string text)
    {
        var document = NameTestDocuments.FromText("consistency.txt", text);
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        return document.Names().ToList();
    }

    private static NameEntity? Find(List<NameEntity> names, string text) => names.FirstOrDefault(n => n.Text == text);

    [Theory]
    [InlineData("Orvin Tassell took three wickets on the first day. By the evening Tassell had taken five.", "Orvin Tassell", "Tassell")]
    [InlineData("Marisol Quennet (Chile) 2004\n\nA week later Quennet hit a second century.", "Marisol Quennet", "Quennet")]
    public async Task An_unknown_full_name_whose_surname_recurs_alone_is_a_person_linked_to_it(string text, string full, string surname)
    {
        var names = await RunAsync(text);
        Assert.Equal(NameKind.Person, Find(names, full)?.Kind);
        Assert.Equal(NameKind.Person, Find(names, surname)?.Kind);
        Assert.Equal(Find(names, full)!.Key, Find(names, surname)!.Key);
    }

    [Theory]
    [InlineData("The Orlem Forum opened in May. Crowds filled the Forum on Sunday.", "Orlem Forum")]
    [InlineData("Tickets for Brenmoor Harvest sold out. Farmers say the harvest was the best in years. Harvest came early.", "Brenmoor Harvest")]
    [InlineData("Quellan Massacre remembered. Quellan was a small town then.", "Quellan Massacre")]
    public async Task A_name_shortened_to_a_word_after_the_or_written_in_lower_case_or_to_its_first_word_is_not_a_person(string text, string name)
        => Assert.NotEqual(NameKind.Person, Find(await RunAsync(text), name)?.Kind);

    [Fact]
    public async Task A_letter_ending_a_sentence_does_not_join_the_next_word()
        => Assert.DoesNotContain(await RunAsync("They chose Plan B. Then the vote was held."), n => n.Text.Contains("B Then", StringComparison.Ordinal) || n.Text.Contains("B. Then", StringComparison.Ordinal));

    [Theory]
    [InlineData("After the tour Corvane are back in the studio.", "Corvane")]
    [InlineData("This season Brellick have won six games in a row.", "Brellick")]
    [InlineData("Last week Tarsido were fined by the regulator.", "Tarsido")]
    public async Task A_singular_name_with_a_plural_verb_is_a_group(string text, string organization)
        => Assert.Equal(NameKind.Organization, Find(await RunAsync(text), organization)?.Kind);

    [Theory]
    [InlineData("Margit Oszlany and Dorvell are in the final.", "Dorvell")]
    [InlineData("Crowds in Brellick are growing.", "Brellick")]
    [InlineData("Does Harrowgate have a chance?", "Harrowgate")]
    [InlineData("The Tarsidos are touring again.", "Tarsidos")]
    public async Task A_name_that_is_not_the_subject_of_the_plural_verb_is_not_made_a_group(string text, string name)
        => Assert.NotEqual(NameKind.Organization, Find(await RunAsync(text), name)?.Kind);

    [Theory]
    [InlineData("Founders turn away VCs like Marrowind.", "Marrowind", NameKind.Organization)]
    [InlineData("Retailers such as Quellmart cut prices.", "Quellmart", NameKind.Organization)]
    [InlineData("The show has works by artists like Ostrova and others.", "Ostrova", NameKind.Person)]
    [InlineData("The tour visits cities including Varnholt next year.", "Varnholt", NameKind.Place)]
    public async Task The_class_before_like_such_as_or_including_gives_the_kind_of_its_example(string text, string name, NameKind kind)
        => Assert.Equal(kind, Find(await RunAsync(text), name)?.Kind);

    [Theory]
    [InlineData("She said it felt like Marrowind all over again.", "Marrowind")]
    [InlineData("Things like Quellmart rarely last.", "Quellmart")]
    public async Task Like_after_a_word_that_is_not_a_class_gives_no_kind(string text, string name)
        => Assert.NotEqual(NameKind.Organization, Find(await RunAsync(text), name)?.Kind);

    [Fact]
    public async Task A_firm_named_by_its_class_is_a_firm_where_it_recurs()
    {
        var names = await RunAsync("Founders prize VCs like Marrowind. A founder took less money from Marrowind last year.");
        Assert.All(names.Where(n => n.Text == "Marrowind"), n => Assert.Equal(NameKind.Organization, n.Kind));
        Assert.Equal(2, names.Count(n => n.Text == "Marrowind"));
    }

    [Fact]
    public async Task A_person_named_by_its_class_is_that_person_where_it_recurs()
    {
        var names = await RunAsync("The show has works by artists like Ostrova. Critics say Ostrova changed painting.");
        Assert.Equal(2, names.Count(n => n.Text == "Ostrova" && n.Kind == NameKind.Person));
    }

    [Theory]
    [InlineData("The AI boom lifted chip stocks.")]
    [InlineData("She graduated with a GPA of 3.9 and joined as CFO.")]
    [InlineData("The launch is at 9am AEST on Friday.")]
    [InlineData("HIV rates fell after the IPO of the clinic chain.")]
    public async Task An_acronym_of_an_ordinary_noun_is_not_a_name(string text) => Assert.Empty(await RunAsync(text));

    [Theory]
    [InlineData("Regulators at KORVA fined the bank.", "KORVA")]
    [InlineData("Analysts at Tessler AI expect growth.", "Tessler AI")]
    public async Task An_unknown_acronym_or_a_name_ending_in_one_is_still_a_body(string text, string organization)
        => Assert.Equal(NameKind.Organization, Find(await RunAsync(text), organization)?.Kind);

    [Fact]
    public async Task International_as_the_last_word_closes_a_firms_name()
    {
        var names = await RunAsync("Telvarro International opened a plant in Ghana. Rivals said Telvarro moved fast.");
        Assert.Equal(NameKind.Organization, Find(names, "Telvarro International")?.Kind);
    }

    [Fact]
    public async Task International_before_another_capitalised_word_does_not_close_the_name()
        => Assert.DoesNotContain(await RunAsync("The final was played at Varnolt International Stadium."), n => n.Text == "Varnolt International");
}
