namespace Ingest.Readers.Pdf.Fonts;

/// <summary>One of the standard 14 fonts: its glyph widths by name and its built-in encoding.</summary>
/// <param name="Name">The PostScript name (<c>Helvetica-Bold</c>).</param>
internal sealed record PdfStandard14Font(string Name)
{
    /// <summary>Glyph widths in thousandths of an em, by glyph name.</summary>
    public Dictionary<string, double> Widths { get; } = new(StringComparer.Ordinal);

    /// <summary>The built-in encoding: glyph names by code.</summary>
    public string?[] Encoding { get; } = new string?[256];

    /// <summary>True for the bold variants.</summary>
    public bool IsBold => Name.Contains("Bold", StringComparison.Ordinal);

    /// <summary>True for the italic and oblique variants.</summary>
    public bool IsItalic => Name.Contains("Italic", StringComparison.Ordinal) || Name.Contains("Oblique", StringComparison.Ordinal);
}
