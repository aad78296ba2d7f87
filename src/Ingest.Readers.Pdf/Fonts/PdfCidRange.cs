namespace Ingest.Readers.Pdf.Fonts;

/// <summary>A <c>cidrange</c>: consecutive codes mapped to consecutive CIDs.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Low">The lowest code.</param>
/// <param name="High">The highest code.</param>
/// <param name="Cid">The CID of the lowest code.</param>
internal readonly record struct PdfCidRange(uint Low, uint High, int Cid);
