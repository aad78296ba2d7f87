using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Round 4 mechanisms of English naming, each on sentences written for these tests (with counter-cases): a lower-case
/// institution after a name, a spokesman or officer of a bare name, holdings in a name opening a sentence, awards named
/// after people, names listed with people, and a sentence-opening word disambiguated by its mentions inside sentences.
/// </summary>
public sealed class OrganizationContextTests
{
    private static async Task<List<NameEntity>> RunAsync(string text)
    {
        var document = NameTestDocuments.FromText("context.txt", text);
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        return document.Names().ToList();
    }

    private static NameKind? KindOf(List<NameEntity> names, string text) => names.FirstOrDefault(n => n.Text == text)?.Kind;

    [Theory]
    [InlineData("Officers from West Mercia police arrested two men.", "West Mercia police")]
    [InlineData("The Harlow council voted against the plan.", "Harlow council")]
    [InlineData("Lancashire police said the road was closed.", "Lancashire police")]
    public async Task A_lower_case_institution_after_a_name_joins_it_as_an_organisation(string text, string organization)
        => Assert.Equal(NameKind.Organization, KindOf(await RunAsync(text), organization));

    [Fact]
    public async Task A_capitalised_police_before_a_place_leaves_the_place_alone()
        => Assert.Equal(NameKind.Place, KindOf(await RunAsync("Police in Harlow said the road was closed."), "Harlow"));

    [Theory]
    [InlineData("A Velmont spokesman declined to comment.", "Velmont")]
    [InlineData("Velmont executives met the union on Friday.", "Velmont")]
    [InlineData("Talvora's CEO said profits would fall.", "Talvora")]
    [InlineData("Shares of Korvent fell 5 per cent on Tuesday.", "Korvent")]
    public async Task A_bare_name_with_a_spokesman_an_officer_or_shares_is_an_organisation(string text, string organization)
        => Assert.Equal(NameKind.Organization, KindOf(await RunAsync(text), organization));

    [Theory]
    [InlineData("She won the Halvard Mennick Prize last year.")]
    [InlineData("The Orla Brennagh Award went to a first novel.")]
    public async Task An_award_named_after_a_person_is_not_a_mention(string text) => Assert.Empty(await RunAsync(text));

    [Fact]
    public async Task A_name_listed_with_people_is_a_person()
    {
        var names = await RunAsync("The film stars Rory Kinnear, Tavish Olmenroe and Neil Bell.");
        Assert.Equal(NameKind.Person, KindOf(names, "Tavish Olmenroe"));
    }

    [Fact]
    public async Task A_word_opening_a_sentence_is_a_body_when_it_speaks_and_recurs_inside_sentences()
    {
        var names = await RunAsync("Vostrel said on Monday it would appeal. The ruling hurt Vostrel badly.");
        Assert.Equal(NameKind.Organization, KindOf(names, "Vostrel"));
    }

    [Fact]
    public async Task A_word_opening_a_sentence_that_a_full_name_contains_stays_the_person()
    {
        var names = await RunAsync("Ellen Vostrel spoke first. Vostrel said she was pleased.");
        Assert.All(names, n => Assert.Equal(NameKind.Person, n.Kind));
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public async Task A_place_made_a_team_by_a_contest_is_the_team_elsewhere_in_the_report_but_not_after_a_place_word()
    {
        var names = await RunAsync("India beat Pakistan by six wickets in Lahore. Pakistan will now travel to India for the next series.");
        Assert.All(names.Where(n => n.Text == "Pakistan"), n => Assert.Equal(NameKind.Organization, n.Kind));
        Assert.Equal(NameKind.Place, names.Last(n => n.Text == "India").Kind);
    }

    [Fact]
    public async Task A_match_noun_written_as_a_proper_noun_makes_its_opponent_a_team()
        => Assert.Equal(NameKind.Organization, KindOf(await RunAsync("He made a century in the third Test against Australia."), "Australia"));

    [Fact]
    public async Task The_area_a_council_is_named_after_stays_a_place()
    {
        var names = await RunAsync("Harlow Council approved the plan on Tuesday. Residents in Harlow wanted better roads.");
        Assert.Equal(NameKind.Organization, KindOf(names, "Harlow Council"));
        Assert.Equal(NameKind.Place, KindOf(names, "Harlow"));
    }

    [Theory]
    [InlineData("Ellen Brandow, the founder of a childcare marketplace, was staring at a term sheet.", "Ellen Brandow")]
    [InlineData("\"We need change,\" Tarik Omondei, a 42-year-old teacher, said after voting.", "Tarik Omondei")]
    [InlineData("Cllr Dana Orbell asked why the library would close.", "Dana Orbell")]
    public async Task A_name_with_a_role_appositive_or_a_councillor_title_is_a_person(string text, string person)
        => Assert.Equal(NameKind.Person, KindOf(await RunAsync(text), person));

    [Theory]
    [InlineData("It was not David Wagner's best day.", "David Wagner")]
    [InlineData("The award went to Maria Jordan, a designer from Leeds.", "Maria Jordan")]
    public async Task A_given_name_before_a_word_that_also_names_a_body_or_place_is_a_full_name(string text, string person)
        => Assert.Equal(NameKind.Person, KindOf(await RunAsync(text), person));

    [Theory]
    [InlineData("Pelvaro, a Danish furniture brand, opened two stores.", "Pelvaro")]
    [InlineData("Quintara is another company that is expanding in Lagos.", "Quintara")]
    [InlineData("She spoke with Mara Lind, co-founder and CEO of Tovanti, on Friday.", "Tovanti")]
    [InlineData("The jewelry brand Orlesca raised $5 million.", "Orlesca")]
    public async Task A_name_described_as_a_company_or_led_by_a_founder_is_an_organisation(string text, string organization)
        => Assert.Equal(NameKind.Organization, KindOf(await RunAsync(text), organization));

    [Fact]
    public async Task A_name_described_by_a_person_role_after_is_stays_a_person()
        => Assert.Equal(NameKind.Person, KindOf(await RunAsync("Ellen Brandow is a company director in Leeds."), "Ellen Brandow"));

    [Fact]
    public async Task A_full_name_after_by_is_the_author()
        => Assert.Equal(NameKind.Person, KindOf(await RunAsync("The story 'Night Ferry' by Anwen Threlkeld won the prize."), "Anwen Threlkeld"));
}
