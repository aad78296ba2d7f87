namespace Ingest.Readers.Pdf.Objects;

/// <summary>A reference to an indirect object (<c>12 0 R</c>).</summary>
/// <param name="Number">The object number.</param>
/// <param name="Generation">The generation number.</param>
internal readonly record struct PdfReference(int Number, int Generation)
{
    /// <inheritdoc />
    public override string ToString() => $"{Number} {Generation} R";
}
