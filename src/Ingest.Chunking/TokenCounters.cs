using Microsoft.ML.Tokenizers;

namespace Ingest.Chunking;

/// <summary>The token counters chunking offers.</summary>
public static class TokenCounters
{
    /// <summary>Counts UTF-16 characters: the default when no tokenizer is configured.</summary>
    public static ITokenCounter Characters { get; } = new CharacterTokenCounter();

    /// <summary>
    /// Counts with a <c>Microsoft.ML.Tokenizers</c> tokenizer, for example
    /// <c>TiktokenTokenizer.CreateForEncoding("cl100k_base")</c> with the <c>Microsoft.ML.Tokenizers.Data.Cl100kBase</c>
    /// package referenced.
    /// </summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="name">The name to report; defaults to the tokenizer's type name.</param>
    public static ITokenCounter FromTokenizer(Tokenizer tokenizer, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        return new TokenizerTokenCounter(tokenizer, name ?? tokenizer.GetType().Name);
    }
}
