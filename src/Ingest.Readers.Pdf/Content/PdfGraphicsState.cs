using Ingest.Readers.Pdf.Fonts;

namespace Ingest.Readers.Pdf.Content;

/// <summary>The parts of the graphics state that matter for text: the CTM and the text state.</summary>
internal struct PdfGraphicsState
{
    /// <summary>The current transformation matrix.</summary>
    public PdfMatrix Ctm;

    /// <summary>The font (<c>Tf</c>).</summary>
    public PdfFont? Font;

    /// <summary>The font size (<c>Tf</c>).</summary>
    public double FontSize;

    /// <summary>Character spacing (<c>Tc</c>).</summary>
    public double CharacterSpacing;

    /// <summary>Word spacing (<c>Tw</c>).</summary>
    public double WordSpacing;

    /// <summary>Horizontal scaling as a factor (<c>Tz</c>/100).</summary>
    public double HorizontalScale;

    /// <summary>Leading (<c>TL</c>).</summary>
    public double Leading;

    /// <summary>Rise (<c>Ts</c>).</summary>
    public double Rise;

    /// <summary>The rendering mode (<c>Tr</c>).</summary>
    public int RenderMode;
}
