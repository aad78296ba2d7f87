namespace Ingest.Store.Sqlite;

/// <summary>A search over the stored chunks: full text, entity filters, and similarity when embeddings are stored.</summary>
public sealed class ChunkQuery
{
    /// <summary>Words to find (all of them, in any order, diacritics ignored); <see langword="null"/> for no text condition.</summary>
    public string? Text { get; init; }

    /// <summary>Only documents that mention this name: a name entity whose written or canonical form is it or holds it as a whole word (<c>Aliyev</c> finds <c>Ilham Aliyev</c>), or whose key is it; case ignored.</summary>
    public string? Mentioning { get; init; }

    /// <summary>Only documents with a date entity that overlaps the range from this day.</summary>
    public DateOnly? DatesFrom { get; init; }

    /// <summary>Only documents with a date entity that overlaps the range up to this day.</summary>
    public DateOnly? DatesTo { get; init; }

    /// <summary>Rank by cosine similarity to the embedding of this text (needs an embedding generator); the text condition still filters.</summary>
    public string? SimilarTo { get; init; }

    /// <summary>The most hits to return. Default: 10.</summary>
    public int Limit { get; init; } = 10;
}
