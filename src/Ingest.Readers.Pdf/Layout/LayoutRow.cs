namespace Ingest.Readers.Pdf.Layout;

/// <summary>A run of glyphs sharing a baseline, as a range of the line builder's sorted glyph order.</summary>
/// <param name="Start">The first position in the sorted order.</param>
/// <param name="Count">The number of glyphs.</param>
/// <param name="Baseline">The baseline across the writing direction.</param>
/// <param name="Size">The largest font size in the row.</param>
/// <param name="Target">The row this row belongs to: itself, or the line a super- or subscript row joins.</param>
internal readonly record struct LayoutRow(int Start, int Count, double Baseline, double Size, int Target)
{
    /// <summary>The start of the row along the writing direction.</summary>
    public double MinU { get; init; }

    /// <summary>The end of the row along the writing direction.</summary>
    public double MaxU { get; init; }
}
