using System.Globalization;
using System.Reflection;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// The glyph names of the ZapfDingbats font (<c>a1</c> ... <c>a191</c>) with their Unicode characters, as Adobe's
/// ZapfDingbats glyph list gives them: the Adobe Glyph List does not contain these names, so a non-embedded
/// ZapfDingbats font read through its built-in encoding needs this table to give its symbols their characters.
/// </summary>
internal static class PdfDingbatsGlyphList
{
    private static readonly Lazy<Dictionary<string, string>> Table = new(Load);

    /// <summary>The Unicode text of a ZapfDingbats glyph name, or <see langword="null"/> when the name is not one.</summary>
    /// <param name="name">The glyph name.</param>
    public static string? ToUnicode(string name) => Table.Value.GetValueOrDefault(name);

    private static Dictionary<string, string> Load()
    {
        var byName = new Dictionary<string, string>(200, StringComparer.Ordinal);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Readers.Pdf.zapfdingbats.txt")!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ');
            if (space <= 0)
            {
                continue;
            }

            var code = int.Parse(line.AsSpan(space + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            byName[line[..space]] = char.ConvertFromUtf32(code);
        }

        return byName;
    }
}
