using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// What the shape of an unknown name and the list it stands in say of its kind, on texts written for these tests with
/// counter-cases: two capitalised words written as one name a firm or a brand, and a guess coordinated by a comma, "and"
/// or "or" with a decided place is a place, a singular name with a plural verb of saying or intending is a group, and an
/// unintroduced name taking ", which" is a body.
/// </summary>
public sealed class NameStructureTests
{
    private static async Task<List<NameEntity>> RunAsync(string text)
    {
        var document = NameTestDocuments.FromText("structure.txt", text);
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        return document.Names().ToList();
    }

    [Theory]
    [InlineData("The deal was first reported by ByteHollow on Monday morning.", "ByteHollow")]
    [InlineData("Readers who use FoldLine will see the change next week.", "FoldLine")]
    [InlineData("The chart was shared widely on QuillStream before it was deleted.", "QuillStream")]
    [InlineData("The story, first told by ByteHollow, spread fast.", "ByteHollow")]
    public async Task Two_capitalised_words_written_as_one_name_a_firm(string text, string firm)
        => Assert.Equal(NameKind.Organization, Assert.Single(await RunAsync(text), n => n.Text == firm).Kind);

    [Theory]
    [InlineData("The report was written by Kevin McBride and checked by his editor.", "Kevin McBride")]
    [InlineData("The letter was signed by Ellen MacArthur last spring.", "Ellen MacArthur")]
    [InlineData("The prize went to Amina DuBois for her second novel.", "Amina DuBois")]
    public async Task A_surname_with_a_capital_after_a_prefix_stays_a_persons(string text, string person)
        => Assert.Equal(NameKind.Person, Assert.Single(await RunAsync(text), n => n.Text == person).Kind);

    [Theory]
    [InlineData("{ \"TypeName\": \"datetime\", \"NotSupported\": \"javascript\" }", "TypeName")]
    [InlineData("{ \"TypeName\": \"datetime\", \"NotSupported\": \"javascript\" }", "NotSupported")]
    [InlineData("To read it, call DateRange.Parse with the text.", "DateRange")]
    [InlineData("The value is kept in the my_FieldValue column.", "FieldValue")]
    public async Task An_identifier_in_code_or_data_is_not_made_a_firm(string text, string word)
        => Assert.DoesNotContain(await RunAsync(text), n => n.Text == word && n.Kind == NameKind.Organization);

    [Theory]
    [InlineData("Most SaaS vendors raised prices this year.", "SaaS")]
    [InlineData("She holds a PhD in chemistry from a Dutch university.", "PhD")]
    public async Task A_short_word_with_an_inner_capital_is_not_made_a_firm(string text, string word)
        => Assert.DoesNotContain(await RunAsync(text), n => n.Text == word && n.Kind == NameKind.Organization);

    [Theory]
    [InlineData("The convoy will stop in Aleppo or Qarvesh before it reaches the border.", "Qarvesh")]
    [InlineData("Aid trucks reached Aleppo, Qarvesh and Tolmir on Friday.", "Tolmir")]
    public async Task A_guess_coordinated_with_a_place_by_a_comma_and_or_or_is_a_place(string text, string place)
        => Assert.Equal(NameKind.Place, Assert.Single(await RunAsync(text), n => n.Text == place).Kind);

    [Theory]
    [InlineData("Tickets for Aleppo or Grand Slam Tour events sold out.", "Grand Slam Tour")]
    [InlineData("The envoy met officials in Aleppo and Director Hanna Roos on Friday.", "Director")]
    public async Task A_heading_word_or_several_unknown_words_beside_a_place_are_not_made_a_place(string text, string words)
        => Assert.DoesNotContain(await RunAsync(text), n => n.Text == words && n.Kind == NameKind.Place);

    [Theory]
    [InlineData("After a quiet year Corvane announce a tour of twelve cities.", "Corvane")]
    [InlineData("In a statement on Monday Tarsido say the plant will reopen.", "Tarsido")]
    public async Task A_singular_name_with_a_plural_verb_of_saying_or_intending_is_a_group(string text, string group)
        => Assert.Equal(NameKind.Organization, Assert.Single(await RunAsync(text), n => n.Text == group).Kind);

    [Theory]
    [InlineData("Let Corvane say what they want about the tour.", "Corvane")]
    [InlineData("The court helped Tarsido remain in business.", "Tarsido")]
    [InlineData("Did Brellick plan the merger?", "Brellick")]
    public async Task A_name_that_is_not_the_subject_of_the_plural_verb_of_saying_is_not_made_a_group(string text, string name)
        => Assert.DoesNotContain(await RunAsync(text), n => n.Text == name && n.Kind == NameKind.Organization);

    [Theory]
    [InlineData("Sales of budget phones rose, led by Quorvane, which shipped nine million units.", "Quorvane")]
    public async Task An_unintroduced_name_taking_which_is_a_body(string text, string body)
        => Assert.Equal(NameKind.Organization, Assert.Single(await RunAsync(text), n => n.Text == body).Kind);

    [Theory]
    [InlineData("The ship docked at Quorvane, which lies on the northern coast.", "Quorvane")]
    [InlineData("Ilse Marrenholt founded the studio. Marrenholt, which is how everyone knew her, retired in May.", "Marrenholt")]
    public async Task A_name_with_a_place_word_or_named_in_full_is_not_made_a_body_by_which(string text, string name)
        => Assert.DoesNotContain(await RunAsync(text), n => n.Text == name && n.Kind == NameKind.Organization);

    [Theory]
    [InlineData("A man was seen walking along Harrow Vale Highway Saturday night with a machete.", "Harrow Vale Highway")]
    [InlineData("He was taken to the Varnley County Jail after the hearing.", "Varnley County Jail")]
    public async Task A_facility_named_by_its_head_is_a_place_and_a_weekday_after_it_is_not_part_of_it(string text, string place)
        => Assert.Equal(NameKind.Place, Assert.Single(await RunAsync(text), n => n.Text == place).Kind);
}
