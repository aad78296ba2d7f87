using System.Globalization;
using System.Reflection;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>Built-in metrics and encodings of the standard 14 fonts (from Adobe's AFM files, embedded as data).</summary>
internal static class PdfStandard14
{
    private static readonly Lazy<Dictionary<string, PdfStandard14Font>> Fonts = new(Load);

    /// <summary>The standard font <paramref name="baseFont"/> stands for (aliases such as <c>Arial,Bold</c> included), or <see langword="null"/>.</summary>
    /// <param name="baseFont">The /BaseFont name, possibly with a subset prefix.</param>
    public static PdfStandard14Font? Find(string? baseFont)
    {
        if (string.IsNullOrEmpty(baseFont))
        {
            return null;
        }

        var name = baseFont.Length > 7 && baseFont[6] == '+' ? baseFont[7..] : baseFont;
        if (Fonts.Value.TryGetValue(name, out var font))
        {
            return font;
        }

        var lower = name.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        var bold = lower.Contains("bold", StringComparison.Ordinal);
        var italic = lower.Contains("italic", StringComparison.Ordinal) || lower.Contains("oblique", StringComparison.Ordinal);
        string? family = lower switch
        {
            _ when lower.StartsWith("courier", StringComparison.Ordinal) => "Courier",
            _ when lower.StartsWith("helvetica", StringComparison.Ordinal) || lower.StartsWith("arial", StringComparison.Ordinal) => "Helvetica",
            _ when lower.StartsWith("times", StringComparison.Ordinal) => "Times",
            _ when lower.StartsWith("symbol", StringComparison.Ordinal) => "Symbol",
            _ when lower.StartsWith("zapfdingbats", StringComparison.Ordinal) => "ZapfDingbats",
            _ => null,
        };
        var key = family switch
        {
            "Courier" or "Helvetica" => family + (bold && italic ? "-BoldOblique" : bold ? "-Bold" : italic ? "-Oblique" : string.Empty),
            "Times" => bold && italic ? "Times-BoldItalic" : bold ? "Times-Bold" : italic ? "Times-Italic" : "Times-Roman",
            _ => family,
        };
        return key is not null && Fonts.Value.TryGetValue(key, out font) ? font : null;
    }

    private static Dictionary<string, PdfStandard14Font> Load()
    {
        var fonts = new Dictionary<string, PdfStandard14Font>(StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Readers.Pdf.standard14.txt")!;
        using var reader = new StreamReader(stream);
        PdfStandard14Font? current = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('@'))
            {
                current = new PdfStandard14Font(line[1..]);
                fonts[current.Name] = current;
                continue;
            }

            var parts = line.Split(' ');
            if (current is null || parts.Length != 3)
            {
                continue;
            }

            var width = double.Parse(parts[1], CultureInfo.InvariantCulture);
            var code = int.Parse(parts[2], CultureInfo.InvariantCulture);
            current.Widths[parts[0]] = width;
            if (code is >= 0 and < 256)
            {
                current.Encoding[code] = parts[0];
            }
        }

        return fonts;
    }
}
