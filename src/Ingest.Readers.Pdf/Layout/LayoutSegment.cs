namespace Ingest.Readers.Pdf.Layout;

/// <summary>A piece of a row between gaps wide enough to be column gutters.</summary>
/// <param name="Row">The row index.</param>
/// <param name="Start">The first position of its glyphs in the sorted order.</param>
/// <param name="End">The position after its last glyph.</param>
/// <param name="Left">The start of its ink along the writing direction.</param>
/// <param name="Right">The end of its ink along the writing direction.</param>
/// <param name="Em">The largest font size in it.</param>
/// <param name="StartsAfterGutter">True when the gap before it is a confirmed gutter (or it starts the row).</param>
internal readonly record struct LayoutSegment(int Row, int Start, int End, double Left, double Right, double Em, bool StartsAfterGutter);
