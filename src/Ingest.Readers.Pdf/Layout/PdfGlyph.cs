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
    int Sequence)
{
    /// <summary>
    /// The character spacing (<c>Tc</c>) included in <see cref="Advance"/>, on the page. Some producers (Ghostscript
    /// among them) draw the space between two words as character spacing after the first word's last letter, or
    /// kern letters together with negative character spacing, so the glyph's own box ends at
    /// <c>Advance - CharacterSpacing</c>; 0 when unknown.
    /// </summary>
    public double CharacterSpacing { get; init; }

    /// <summary>The width of the glyph's box along the writing direction: the advance without character spacing.</summary>
    public double BoxWidth => Advance - CharacterSpacing > 0 ? Advance - CharacterSpacing : Advance;
}
