namespace Ingest.Chunking;

/// <summary>A piece of a document under a token budget, with its place in the document's structure and its provenance.</summary>
public sealed class Chunk
{
    internal Chunk(
        string id,
        int index,
        string text,
        int tokenCount,
        IReadOnlyList<string> headingPath,
        IReadOnlyList<BlockKind> blockKinds,
        IReadOnlyList<ChunkSegment> segments,
        IReadOnlyList<Entity> entities)
    {
        Id = id;
        Index = index;
        Text = text;
        TokenCount = tokenCount;
        HeadingPath = headingPath;
        BlockKinds = blockKinds;
        Segments = segments;
        Entities = entities;
        Pages = PagesOf(segments);
    }

    /// <summary>
    /// The stable id: the first 16 hexadecimal digits of the SHA-256 of the text, a hyphen and the index, so the same
    /// text at the same position gets the same id on every run.
    /// </summary>
    public string Id { get; }

    /// <summary>The position of the chunk in the document, from 0.</summary>
    public int Index { get; }

    /// <summary>The text: the pieces of <see cref="Segments"/>, blocks separated by blank lines.</summary>
    public string Text { get; }

    /// <summary>The tokens of <see cref="Text"/> as the configured counter counts them.</summary>
    public int TokenCount { get; }

    /// <summary>The title and headings the chunk sits under, outermost first.</summary>
    public IReadOnlyList<string> HeadingPath { get; }

    /// <summary>The kinds of the blocks the chunk draws from, in order of first appearance.</summary>
    public IReadOnlyList<BlockKind> BlockKinds { get; }

    /// <summary>The pieces of the text and where each comes from, in order.</summary>
    public IReadOnlyList<ChunkSegment> Segments { get; }

    /// <summary>The entities whose text lies inside one of the chunk's pieces.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The pages the chunk draws from, ascending; empty for formats without pages.</summary>
    public IReadOnlyList<int> Pages { get; }

    // Most formats have no pages: no collection is built then (this runs for every chunk).
    private static int[] PagesOf(IReadOnlyList<ChunkSegment> segments)
    {
        List<int>? pages = null;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Page is { } page && !(pages ??= []).Contains(page))
            {
                pages.Add(page);
            }
        }

        if (pages is null)
        {
            return [];
        }

        pages.Sort();
        return [.. pages];
    }
}
