using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// The match-report sense, on texts written for these tests with counter-cases: a document written in the vocabulary of
/// sport reporting (goal, striker, league, innings, fixture) names its teams by a bare place or name, so there a known
/// place or an unintroduced name that is the subject of a clause is a team, and then, for a known place, wherever the
/// report names it without a place word. Outside such a document, or after a place word, the place stays a place.
/// </summary>
public sealed class MatchReportTests
{
    private static async Task<List<NameEntity>> RunAsync(string text)
    {
        var document = NameTestDocuments.FromText("report.txt", text);
        await NameTestDocuments.Normalizer().NormalizeAsync(document, NormalizationContext.For(document, null));
        return document.Names().ToList();
    }

    [Theory]
    [InlineData("Leeds trailed at the break, but their striker scored twice after it. The coach praised the squad, and the league table now looks kinder.", "Leeds")]
    [InlineData("Newcastle host the derby on Sunday after a goal in the last minute kept their season alive. The referee booked four players.", "Newcastle")]
    [InlineData("Liverpool sit third after the fixture was moved. Their goalkeeper kept a fifth clean sheet and the winger scored.", "Liverpool")]
    [InlineData("The bowlers struggled as Southampton have lost two wickets by lunch. A long innings from the captain steadied the match before the fixture was halted.", "Southampton")]
    public async Task A_known_place_that_is_the_subject_of_a_clause_in_a_match_report_is_its_team(string text, string team)
    {
        var names = await RunAsync(text);
        Assert.Equal(NameKind.Organization, Assert.Single(names, n => n.Text == team).Kind);
    }

    [Fact]
    public async Task A_place_made_a_team_as_a_subject_is_that_team_where_the_report_names_it_again()
    {
        var names = await RunAsync(
            "Leeds trailed at the break, but the striker scored twice. The coach said the league is open. "
            + "Next season the squad will again meet Leeds, whose goalkeeper was injured.");
        Assert.Equal(2, names.Count(n => n.Text == "Leeds"));
        Assert.All(names.Where(n => n.Text == "Leeds"), n => Assert.Equal(NameKind.Organization, n.Kind));
    }

    [Theory]
    [InlineData("After the break Brakovia were pressing for a second goal, but the goalkeeper held firm. The referee added five minutes and the league title race is open.", "Brakovia")]
    [InlineData("The striker scored late, the coach said, and Tarnoveci face a derby in the league next week.", "Tarnoveci")]
    public async Task An_unintroduced_name_that_is_the_subject_of_a_clause_in_a_match_report_is_a_team(string text, string team)
        => Assert.Equal(NameKind.Organization, Assert.Single(await RunAsync(text), n => n.Text == team).Kind);

    [Theory]
    [InlineData("Leeds is growing faster than any city in the north. The council said a new tram line would open in two years.", "Leeds")]
    [InlineData("The squad trained in Leeds before the match; the coach said the league game was hard and the striker scored twice.", "Leeds")]
    [InlineData("LEEDS — The striker scored in the league match, the coach said, and the squad celebrated.", "LEEDS")]
    [InlineData("London has hosted the Olympics three times. The striker scored a goal and the coach praised the squad before the fixture.", "London")]
    public async Task A_known_place_outside_a_match_report_or_after_a_place_word_stays_a_place(string text, string place)
        => Assert.Equal(NameKind.Place, Assert.Single(await RunAsync(text), n => n.Text == place).Kind);

    [Theory]
    [InlineData("Marrowvale tells the story of a strike that closed a town. The film opened on Friday to good reviews.", "Marrowvale")]
    [InlineData("The striker scored, the coach said, and the league was decided in Brakovia on Sunday.", "Brakovia")]
    [InlineData("The striker scored twice and the league leaders won. Rain fell after dark. Gusts could reach 60 km/h on the ridges, the referee said.", "Gusts")]
    [InlineData("The season turns colder this week. Later Harvane will bring rain to the stadium car parks; the penalty for parking there is a fine, and the first touchdown at the airport is late.", "Harvane")]
    [InlineData("In the second half Okonkwo scored twice. The striker now has 12 goals this season, the coach said, and the league title is close.", "Okonkwo")]
    public async Task An_unintroduced_name_outside_a_match_report_or_after_a_place_word_is_not_made_a_team(string text, string name)
        => Assert.DoesNotContain(await RunAsync(text), n => n.Text == name && n.Kind == NameKind.Organization);

    [Fact]
    public async Task A_player_named_in_full_stays_a_person_when_his_surname_is_a_subject()
    {
        var names = await RunAsync("Dario Velkovec scored twice for the league leaders. Velkovec had missed a penalty before the break, the coach said.");
        Assert.All(names.Where(n => n.Text.Contains("Velkovec", StringComparison.Ordinal)), n => Assert.Equal(NameKind.Person, n.Kind));
    }
}
