using Microsoft.ML.Tokenizers;

namespace Ingest.Chunking;

/// <summary>Counts tokens with a <see cref="Tokenizer"/>, without normalization so counts add up over pieces of a text.</summary>
internal sealed class TokenizerTokenCounter(Tokenizer tokenizer, string name) : ITokenCounter
{
    public string Name { get; } = name;

    public int CountTokens(ReadOnlySpan<char> text) => text.IsEmpty ? 0 : tokenizer.CountTokens(text);
}
