namespace Ingest.Chunking;

/// <summary>A range of the document text that chunking keeps whole: a sentence, a table row, a heading, or part of an over-long sentence.</summary>
/// <param name="Start">The offset in the document text.</param>
/// <param name="Length">The length.</param>
/// <param name="BlockIndex">The block it belongs to.</param>
/// <param name="Tokens">Its token count.</param>
/// <param name="Kind">What it is, which decides how it joins the piece before it.</param>
internal readonly record struct ChunkPiece(int Start, int Length, int BlockIndex, int Tokens, ChunkPieceKind Kind);
