namespace Ingest.Readers.Pdf.Structure;

/// <summary>A subsection of a cross-reference stream: the first object number and the count.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Start">The first object number.</param>
/// <param name="Count">The number of entries.</param>
internal readonly record struct PdfXrefRange(long Start, long Count);
