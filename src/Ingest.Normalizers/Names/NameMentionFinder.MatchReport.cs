namespace Ingest.Normalizers.Names;

/// <summary>
/// The match-report sense of <see cref="NameMentionFinder"/>: a document written in the vocabulary of sport reporting
/// names its teams by a bare place or name, so there a bare name that acts as the subject of a clause is a team.
/// </summary>
internal sealed partial class NameMentionFinder
{
    /// <summary>How many distinct words of sport reporting make a document a match report.</summary>
    private const int SportWordsOfReport = 3;

    /// <summary>
    /// Words that English writes almost only when reporting a match or a season (goal, striker, innings, fixture): a text
    /// with several of them is about sport, which business or political writing rarely is. Words as common outside sport
    /// (season, match, coach, penalty, stadium, touchdown) are left out: a weather or travel page has them too.
    /// </summary>
    private static readonly long[] SportWordHashes = Array.ConvertAll(
        [
            "league", "goal", "goals", "scored", "scorer", "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback",
            "innings", "wicket", "wickets", "batsmen", "bowlers", "kickoff", "fixture", "fixtures", "playoff", "playoffs", "referee",
            "relegation", "squad", "teammates", "tournament", "derby",
        ],
        static word => NameKeyHash.Of(NameKeyFolder.Fold(word)));

    /// <summary>Whether the document uses at least <see cref="SportWordsOfReport"/> distinct words of sport reporting in lower case.</summary>
    private static bool IsMatchReport(NameTokenizer tokenizer)
    {
        var found = 0;
        foreach (var hash in SportWordHashes)
        {
            found += tokenizer.LowerCaseWords.Contains(hash) ? 1 : 0;
        }

        return found >= SportWordsOfReport;
    }

    /// <summary>
    /// In a match report, a known place standing alone as the subject of a clause (Tottenham have, Leeds trailed, Tottenham
    /// run over) is its team, and then, by one sense per report, wherever the report names it without a place word; a place word
    /// before it (in Leeds), capitals and datelines keep it a place.
    /// </summary>
    private static void MarkSubjectTeams(NameTokenizer tokenizer, List<NameCandidate> mentions, bool matchReport)
    {
        if (!matchReport)
        {
            return;
        }

        var tokens = tokenizer.Tokens;
        for (var m = 0; m < mentions.Count; m++)
        {
            var candidate = mentions[m];
            if (candidate.Kind == NameKind.Place && candidate.Entry is not null && !candidate.AsTeam
                && !tokens[candidate.First].Has(NameTokenFlags.AllCaps) && IsSubjectOfClause(tokenizer, candidate.First, candidate.Last, contest: true)
                && !HasPlaceCue(tokenizer, candidate.First, candidate.Last) && !IsDateline(tokenizer, candidate.Last))
            {
                mentions[m] = candidate with { Kind = NameKind.Organization, AsTeam = true };
            }
        }
    }

    /// <summary>
    /// Whether the name at <paramref name="first"/>..<paramref name="last"/> is the subject of a team's clause: a verb in
    /// the plural follows it (British usage gives a team plural verbs: Tottenham have, Leeds were, Arlen sit; a player or
    /// a town takes the singular: Okonkwo scored, London has hosted), or with <paramref name="contest"/> a verb of contest,
    /// and no preposition stands before it.
    /// </summary>
    private static bool IsSubjectOfClause(NameTokenizer tokenizer, int first, int last, bool contest)
    {
        var tokens = tokenizer.Tokens;
        if (last + 1 >= tokens.Length || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore) || !tokens[last + 1].Has(NameTokenFlags.Lower)
            || tokens[last].Has(NameTokenFlags.Possessive))
        {
            return false;
        }

        if (first > 0 && tokens[first].Has(NameTokenFlags.SpaceBefore) && tokens[first - 1].Has(NameTokenFlags.Lower) && IsPreposition(tokenizer.Text(first - 1)))
        {
            return false;
        }

        var verb = tokenizer.Text(last + 1);
        return IsPluralAuxiliary(verb) || IsTeamVerb(verb) || (contest && OrganizationCues.IsContestVerbAfter(verb));
    }

    /// <summary>
    /// Present forms of what a side does in a report (Tottenham run over, Arlen sit second, Leeds host): British usage puts
    /// a team's verb in the plural, so the bare form after a name is a verb, not a noun.
    /// </summary>
    private static bool IsTeamVerb(ReadOnlySpan<char> word)
        => word is "run" or "sit" or "lead" or "host" or "face" or "travel" or "need" or "remain" or "fall" or "go" or "win" or "lose"
            or "climb" or "move" or "stay" or "hold" or "trail" or "visit";

    private static bool IsPluralAuxiliary(ReadOnlySpan<char> word) => word is "are" or "were" or "have" or "do";

    private static bool IsPreposition(ReadOnlySpan<char> word)
        => word is "in" or "at" or "from" or "to" or "of" or "near" or "into" or "for" or "with" or "by" or "on" or "over" or "against" or "across";
}
