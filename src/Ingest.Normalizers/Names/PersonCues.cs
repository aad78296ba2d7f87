namespace Ingest.Normalizers.Names;

/// <summary>
/// The words around an unknown capitalised name of two or more words that say it names a person: a role noun before it
/// (<c>forward Domas Kazlauskas</c>, <c>Coach Ana Ruiz</c>), a speech verb before or after it (<c>said Ana Ruiz,</c>,
/// <c>Ana Ruiz told</c>) or a relative "who" after it. Word lists of English news usage, not of any document.
/// </summary>
internal static class PersonCues
{
    private const int MaxWordLength = 16;

    /// <summary>The shortest role word (host, poet).</summary>
    private const int MinWordLength = 4;

    /// <summary>Whether a word (any case) is a role or occupation written before a person's name.</summary>
    public static bool IsRoleBefore(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength || text.Length < MinWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "coach" or "forward" or "striker" or "midfielder" or "defender" or "goalkeeper" or "keeper" or "captain" or "winger"
            or "batter" or "batsman" or "bowler" or "pitcher" or "guard" or "centre" or "center" or "sprinter" or "runner" or "champion"
            or "manager" or "analyst" or "analysts" or "economist" or "partner" or "founder" or "cofounder" or "co-founder" or "director"
            or "spokesperson" or "spokesman" or "spokeswoman" or "chairman" or "chairwoman" or "chair" or "professor" or "researcher"
            or "scientist" or "author" or "writer" or "novelist" or "poet" or "singer" or "rapper" or "actor" or "actress" or "filmmaker"
            or "producer" or "artist" or "player" or "teammate" or "opponent" or "lawyer" or "attorney" or "judge" or "activist"
            or "investor" or "trader" or "strategist" or "epidemiologist" or "doctor" or "surgeon" or "astronomer" or "archaeologist"
            or "curator" or "conductor" or "pianist" or "violinist" or "composer" or "designer" or "entrepreneur" or "rival" or "veteran"
            or "deputy" or "colleague" or "candidate" or "opposition" or "leader" or "lawmaker" or "senator" or "mayor" or "governor"
            or "executive" or "politician" or "lyricist" or "songwriter" or "photographer" or "historian" or "physicist" or "chemist" or "biologist"
            or "nominee" or "host" or "co-host" or "editor" or "reporter" or "correspondent" or "columnist" or "marketer" or "councillor"
            or "alumna" or "alumnus";
    }

    /// <summary>Whether a lower-case word after a name is a speech verb with the name as its subject (Ana Ruiz told).</summary>
    public static bool IsSpeechVerbAfter(ReadOnlySpan<char> text)
        => text is "said" or "says" or "told" or "added" or "wrote" or "explained" or "recalled" or "admitted" or "noted" or "laughed"
            or "asked" or "replied" or "responded";

    /// <summary>Whether a lower-case word before a name is a speech verb introducing a quoted speaker (said Ana Ruiz,).</summary>
    public static bool IsSpeechVerbBefore(ReadOnlySpan<char> text) => text is "said" or "says" or "added" or "wrote" or "told";
}
