namespace Ingest.Chunking;

/// <summary>Counts the tokens of a text the way the model that will read the chunks counts them.</summary>
public interface ITokenCounter
{
    /// <summary>A name for diagnostics and the store, such as <c>characters</c> or <c>cl100k_base</c>.</summary>
    string Name { get; }

    /// <summary>Counts the tokens of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    int CountTokens(ReadOnlySpan<char> text);
}
