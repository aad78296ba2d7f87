namespace Ingest.Readers.Pdf.Objects;

/// <summary>A PDF name object (<c>/Type</c>), held without its slash and with <c>#xx</c> escapes decoded.</summary>
/// <param name="Value">The name.</param>
internal sealed record PdfName(string Value)
{
    /// <inheritdoc />
    public override string ToString() => "/" + Value;
}
