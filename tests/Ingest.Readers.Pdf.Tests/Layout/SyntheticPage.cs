using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf.Tests.Layout;

/// <summary>Builds the glyphs of a page in code, the way a content-stream interpreter would report them.</summary>
internal sealed class SyntheticPage
{
    private readonly List<PdfGlyph> glyphs = [];

    public SyntheticPage(int pageNumber = 1, double width = 612, double height = 792)
    {
        PageNumber = pageNumber;
        Width = width;
        Height = height;
    }

    public int PageNumber { get; }

    public double Width { get; }

    public double Height { get; }

    /// <summary>Every character is half an em wide, a space a quarter em.</summary>
    public static double CharWidth(double size) => 0.5 * size;

    /// <summary>
    /// Draws <paramref name="text"/> from (x, y) along <paramref name="angle"/>. Spaces become gaps of
    /// <paramref name="wordGapEm"/> ems (no glyph) unless <paramref name="spaceGlyphs"/>; letters are separated by
    /// <paramref name="letterGapEm"/> ems; <paramref name="kerning"/> adds a per-letter offset in ems.
    /// Returns the x where the text ends.
    /// </summary>
    public double Text(string text, double x, double y, double size = 10, bool bold = false, double angle = 0,
        double wordGapEm = 0.25, double letterGapEm = 0, bool spaceGlyphs = false, Func<int, double>? kerning = null,
        int fontId = 1, bool italic = false)
    {
        var radians = angle * Math.PI / 180;
        var cos = Math.Cos(radians);
        var sin = Math.Sin(radians);
        double along = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && !spaceGlyphs)
            {
                along += wordGapEm * size;
                continue;
            }

            var advance = c == ' ' ? 0.25 * size : CharWidth(size);
            along += (kerning?.Invoke(i) ?? 0) * size;
            Add(new PdfGlyph(c.ToString(), x + (along * cos), y + (along * sin), advance, size, angle, 0.25 * size, fontId, bold, italic, glyphs.Count));
            along += advance + (c == ' ' ? (wordGapEm - 0.25) * size : letterGapEm * size);
        }

        return x + (along * cos);
    }

    /// <summary>Adds one glyph as given.</summary>
    public void Add(PdfGlyph glyph) => glyphs.Add(glyph with { Sequence = glyphs.Count });

    /// <summary>Lays out <paramref name="lines"/> top down from y with the given line pitch.</summary>
    public double Lines(IEnumerable<string> lines, double x, double y, double size = 10, double pitch = 12, bool bold = false)
    {
        foreach (var line in lines)
        {
            Text(line, x, y, size, bold);
            y -= pitch;
        }

        return y;
    }

    public PdfPageGlyphs Build() => new(PageNumber, Width, Height, glyphs.ToArray());

    /// <summary>Analyzes pages with a fresh analyzer.</summary>
    public static IReadOnlyList<LayoutBlock> Analyze(params SyntheticPage[] pages)
    {
        var built = new PdfPageGlyphs[pages.Length];
        for (var i = 0; i < pages.Length; i++)
        {
            built[i] = pages[i].Build();
        }

        return PdfLayoutAnalyzer.Analyze(built, CancellationToken.None);
    }

    /// <summary>The body text: every block that is not a running header or footer, separated by blank lines.</summary>
    public static string Body(IReadOnlyList<LayoutBlock> blocks)
        => string.Join("\n\n", blocks.Where(b => b.Kind is not (BlockKind.PageHeader or BlockKind.PageFooter)).Select(b => b.Text));
}
