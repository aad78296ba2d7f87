namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// One shown glyph, positioned on the page: what the content-stream interpreter hands to layout analysis.
/// Coordinates are in the page's user space after the page's <c>/Rotate</c> has been applied, so that the page
/// reads upright with the origin at its bottom left; text drawn at an angle on the page keeps its own <see cref="Angle"/>.
/// </summary>
/// <param name="Text">The Unicode text of the glyph: usually one character, several for ligatures (<c>fi</c>), empty when unmapped.</param>
/// <param name="X">The x coordinate of the glyph origin on the baseline.</param>
/// <param name="Y">The y coordinate of the baseline.</param>
/// <param name="Advance">The advance width along the writing direction, including character spacing but not word spacing.</param>
/// <param name="FontSize">The effective font size on the page (text matrix and CTM applied).</param>
/// <param name="Angle">The writing direction in degrees, counter-clockwise from the x axis (0 for ordinary horizontal text).</param>
/// <param name="SpaceWidth">The width of a space character in this font at this size; an estimate when the font has none.</param>
/// <param name="FontId">Identifies the font, so runs in the same font can be grouped.</param>
/// <param name="IsBold">True when the font is bold (from its name, flags or weight) or the text is drawn with fake bold.</param>
/// <param name="IsItalic">True when the font is italic or oblique.</param>
/// <param name="Sequence">The position of the glyph in content-stream order.</param>
internal readonly record struct PdfGlyph(
    string Text,
    double X,
    double Y,
    double Advance,
    double FontSize,
    double Angle,
    double SpaceWidth,
    int FontId,
    bool IsBold,
    bool IsItalic,
    int Sequence);
