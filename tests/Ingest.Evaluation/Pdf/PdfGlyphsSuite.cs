using System.Globalization;
using Ingest.Readers.Pdf;

namespace Ingest.Evaluation.Pdf;

/// <summary>
/// Prints the glyphs Ingest's own engine hands to layout analysis for one page of one PDF, in content-stream order:
/// text (escaped), origin, advance, box width, size, space width and font, to see how a producer positions its
/// glyphs (space glyphs, TJ offsets, character spacing) before deciding a layout rule.
/// Options: <c>--page N</c> (default 1); <c>--near TEXT</c> prints only the glyphs within 40 of the first glyph run
/// that spells TEXT.
/// </summary>
internal sealed class PdfGlyphsSuite : IEvaluationSuite
{
    /// <inheritdoc />
    public string Name => "pdf-glyphs";

    /// <inheritdoc />
    public string Description => "debugging aid: the own engine's glyphs of one page of one PDF (text, x, y, advance, box, size, space width, font); corpus: a .pdf file; --page N; --near TEXT";

    /// <inheritdoc />
    public Task<int> RunAsync(string corpus, IReadOnlyList<string> options, TextWriter output, CancellationToken cancellationToken)
    {
        if (!File.Exists(corpus))
        {
            output.WriteLine($"file not found: {corpus}");
            return Task.FromResult(2);
        }

        var pageOption = options.SkipWhile(o => o != "--page").Skip(1).FirstOrDefault();
        var pageNumber = pageOption is null ? 1 : int.Parse(pageOption, CultureInfo.InvariantCulture);
        var near = options.SkipWhile(o => o != "--near").Skip(1).FirstOrDefault();
        var data = File.ReadAllBytes(corpus);
        var builder = new DocumentBuilder(new Uri(Path.GetFullPath(corpus)), MediaTypes.Pdf);
        using var pages = PdfOwnEngine.Read(data, new PdfReaderOptions(), builder, (_, _, _) => { }, cancellationToken);
        var page = pages.Pages.Find(p => p.PageNumber == pageNumber);
        if (page is null)
        {
            output.WriteLine($"page {pageNumber} not read ({pages.Pages.Count} pages)");
            return Task.FromResult(1);
        }

        var glyphs = page.Glyphs;
        var (fromX, toX, atY) = (double.MinValue, double.MaxValue, double.NaN);
        if (near is not null)
        {
            var text = string.Concat(glyphs.Select(g => g.Text));
            var at = text.IndexOf(near, StringComparison.Ordinal);
            if (at < 0)
            {
                output.WriteLine($"'{near}' not found on page {pageNumber}");
                return Task.FromResult(1);
            }

            // The glyph whose text covers character index 'at'.
            var index = 0;
            for (var covered = glyphs[0].Text.Length; covered <= at; covered += glyphs[++index].Text.Length)
            {
            }

            (fromX, toX, atY) = (glyphs[index].X - 40, glyphs[index].X + 40, glyphs[index].Y);
        }

        output.WriteLine($"page {pageNumber}: {glyphs.Count} glyphs, {page.Width:0.##} x {page.Height:0.##}");
        output.WriteLine($"{"seq",6} {"text",-8} {"x",9} {"y",9} {"advance",8} {"box",8} {"size",6} {"space",6} {"font",4}");
        foreach (var g in glyphs)
        {
            if (g.X < fromX || g.X > toX || (!double.IsNaN(atY) && Math.Abs(g.Y - atY) > 2))
            {
                continue;
            }

            var shown = string.Concat(g.Text.Select(c => char.IsControl(c) || char.IsWhiteSpace(c) || c > '\u007e' ? $"\\u{(int)c:X4}" : c.ToString()));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{g.Sequence,6} {(shown.Length == 0 ? "(empty)" : shown),-8} {g.X,9:0.00} {g.Y,9:0.00} {g.Advance,8:0.00} {g.BoxWidth,8:0.00} {g.FontSize,6:0.0} {g.SpaceWidth,6:0.00} {g.FontId,4}"));
        }

        return Task.FromResult(0);
    }
}
