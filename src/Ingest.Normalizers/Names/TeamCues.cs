namespace Ingest.Normalizers.Names;

/// <summary>
/// The words around a name that make it a sports team: a contest or transfer verb before it (<c>lost to X</c>,
/// <c>drew with X</c>, <c>signed for X</c>, <c>joined X</c>) or a team role after it (<c>X coach</c>, <c>X fans</c>,
/// <c>X's manager</c>). Word lists of English sports reporting, not of any document.
/// </summary>
internal static class TeamCues
{
    private const int MaxWordLength = 16;

    /// <summary>Whether a lower-case word right after a name (or its possessive) is a member or follower of a team (Tarwick coach).</summary>
    public static bool IsTeamRoleAfter(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "coach" or "striker" or "midfielder" or "defender" or "goalkeeper" or "winger" or "captain" or "fans"
            or "supporters" or "manager" or "boss" or "squad" or "teammates" or "playmaker" or "fullback" or "full-back" or "players" or "side"
            or "skipper" or "bowlers" or "bowler" or "batsmen" or "batsman" or "batters" or "openers" or "opener" or "innings" or "forwards"
            or "fly-half" or "scrum-half" or "lineup" or "line-up" or "pack";
    }

    /// <summary>
    /// Whether the two lower-case words before a name are a contest noun and "against" or "over" (the match against X, a
    /// victory over X): the name is the opposing team.
    /// </summary>
    public static bool IsOpponentBefore(ReadOnlySpan<char> noun, ReadOnlySpan<char> preposition)
    {
        if (preposition is "over")
        {
            return noun is "win" or "wins" or "victory" or "victories" or "triumph";
        }

        return preposition is "against" && IsMatchNoun(noun);
    }

    /// <summary>Whether a noun (any case: the third Test against England) names a match or its result.</summary>
    private static bool IsMatchNoun(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var noun = buffer[..CueText.ToLower(text, buffer)];
        return noun is "match" or "game" or "final" or "semi-final" or "quarter-final" or "series" or "test"
            or "win" or "victory" or "defeat" or "loss" or "draw" or "fixture" or "tie" or "clash" or "opener" or "derby";
    }

    /// <summary>
    /// Whether the one or two lower-case words before a name are a contest or transfer verb with the name as its object:
    /// <paramref name="verb"/> is the word before the name, <paramref name="beforeVerb"/> the one before that (lost to, drew with).
    /// </summary>
    public static bool IsContestBefore(ReadOnlySpan<char> beforeVerb, ReadOnlySpan<char> verb)
    {
        if (verb is "to")
        {
            return beforeVerb is "lost" or "lose" or "loses" or "losing" or "fell" or "bowed" or "succumbed";
        }

        if (verb is "with")
        {
            return beforeVerb is "drew" or "draw" or "draws" or "drawn" or "tied";
        }

        if (verb is "for")
        {
            return beforeVerb is "signed" or "signs" or "played" or "plays" or "playing" or "scored" or "starred" or "debuted";
        }

        return verb is "joined" or "joins" or "beat" or "beating" or "beats" or "defeating" or "edging" or "facing" or "faces" or "defeated" or "edged" or "thrashed" or "routed" or "outplayed" or "eliminated"
            or "versus" or "vs";
    }
}
