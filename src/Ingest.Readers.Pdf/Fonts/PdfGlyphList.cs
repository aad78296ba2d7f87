using System.Globalization;
using System.Reflection;
using System.Text;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// Glyph names to Unicode: the Adobe Glyph List (embedded as data) plus the AGL rules for <c>uniXXXX</c>,
/// <c>uXXXX[XX]</c>, suffixes (<c>a.sc</c>) and ligature components (<c>f_i</c>).
/// </summary>
internal static class PdfGlyphList
{
    private static readonly Lazy<PdfGlyphListTable> Table = new(Load);

    /// <summary>The Unicode text of a glyph name, or <see langword="null"/> when the name means nothing.</summary>
    /// <param name="name">The glyph name.</param>
    public static string? ToUnicode(string name)
    {
        if (string.IsNullOrEmpty(name) || name == ".notdef")
        {
            return null;
        }

        if (Table.Value.ByName.TryGetValue(name, out var text))
        {
            return text;
        }

        var dot = name.IndexOf('.');
        if (dot > 0)
        {
            return ToUnicode(name[..dot]);
        }

        if (name.Contains('_'))
        {
            var builder = new StringBuilder();
            foreach (var part in name.Split('_'))
            {
                var t = ToUnicode(part);
                if (t is null)
                {
                    return null;
                }

                builder.Append(t);
            }

            return builder.ToString();
        }

        if (name.Length >= 7 && name.StartsWith("uni", StringComparison.Ordinal) && (name.Length - 3) % 4 == 0)
        {
            var builder = new StringBuilder();
            for (var i = 3; i < name.Length; i += 4)
            {
                if (!int.TryParse(name.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
                {
                    return null;
                }

                builder.Append((char)unit);
            }

            return builder.ToString();
        }

        if (name.Length is >= 5 and <= 7 && name[0] == 'u'
            && int.TryParse(name.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var scalar)
            && scalar is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
        {
            return char.ConvertFromUtf32(scalar);
        }

        return null;
    }

    /// <summary>A glyph name for Unicode text, or <see langword="null"/>.</summary>
    /// <param name="text">The text (usually one character).</param>
    public static string? NameOf(string text) => Table.Value.ByText.GetValueOrDefault(text);

    private static PdfGlyphListTable Load()
    {
        var byName = new Dictionary<string, string>(700, StringComparer.Ordinal);
        var byText = new Dictionary<string, string>(700, StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Readers.Pdf.glyphlist.txt")!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var code = int.Parse(line.AsSpan(space + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var text = char.ConvertFromUtf32(code);
            var name = line[..space];
            byName[name] = text;
            byText.TryAdd(text, name);
        }

        return new PdfGlyphListTable(byName, byText);
    }
}
