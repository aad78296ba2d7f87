namespace Ingest.Readers.Pdf.Structure;

/// <summary>Where an indirect object lives: at a byte offset, or inside an object stream.</summary>
/// <param name="Offset">The byte offset of <c>N G obj</c>, or -1 for a compressed object.</param>
/// <param name="Generation">The generation number (0 for compressed objects).</param>
/// <param name="StreamNumber">The object stream holding a compressed object, or -1.</param>
/// <param name="StreamIndex">The index of a compressed object inside its object stream.</param>
internal readonly record struct PdfXrefEntry(long Offset, int Generation, int StreamNumber = -1, int StreamIndex = 0)
{
    /// <summary>True for an object stored inside an object stream.</summary>
    public bool IsCompressed => StreamNumber >= 0;
}
