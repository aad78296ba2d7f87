namespace Ingest.Chunking;

/// <summary>One token per UTF-16 character.</summary>
internal sealed class CharacterTokenCounter : ITokenCounter
{
    public string Name => "characters";

    public int CountTokens(ReadOnlySpan<char> text) => text.Length;
}
