namespace Ingest.Chunking;

/// <summary>What a <see cref="ChunkPiece"/> is.</summary>
internal enum ChunkPieceKind
{
    /// <summary>A sentence or part of one, joined to the piece before it in the same block as the text runs.</summary>
    Text,

    /// <summary>A title or heading.</summary>
    Heading,

    /// <summary>A table's header row, repeated at the start of every chunk that holds rows of the table.</summary>
    TableHeader,

    /// <summary>A table row after the header.</summary>
    TableRow,
}
