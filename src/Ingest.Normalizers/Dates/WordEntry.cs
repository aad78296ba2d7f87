namespace Ingest.Normalizers.Dates;

/// <summary>What a vocabulary word means: its class and a class-specific value (month number, unit, keyword, …).</summary>
internal readonly record struct WordEntry(WordClass Class, int Value)
{
    /// <summary>The roles a token of this word has (see <see cref="TokenRoles"/>), worked out once with the vocabulary rather than per token.</summary>
    public TokenRoles Roles { get; } = DateTokenizer.WordRoles(Class, Value);
}
