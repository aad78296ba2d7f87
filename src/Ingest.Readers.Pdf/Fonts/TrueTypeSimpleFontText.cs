namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// Unicode text for the codes of a simple TrueType font that its encoding does not explain, from the font's own
/// tables (ISO 32000-1 §9.6.6.4 read backwards): the code or its glyph name leads to a glyph id, and the glyph id
/// to Unicode through the font's Unicode cmap inverted or its <c>post</c> glyph name.
/// </summary>
internal static class TrueTypeSimpleFontText
{
    /// <summary>Fills the null entries of <paramref name="text"/> that the font program can explain.</summary>
    /// <param name="program">The TrueType/OpenType font program.</param>
    /// <param name="names">The glyph names by code from the PDF's encoding (entries may be null).</param>
    /// <param name="text">The text by code; only null entries are written.</param>
    public static void Fill(byte[] program, string?[] names, string?[] text)
    {
        var glyphText = TrueTypeCmapReader.ReadGlyphToUnicode(program);
        var postNames = TrueTypePostReader.ReadGlyphNames(program);
        var symbolCodes = TrueTypeCmapReader.ReadCodeToGlyph(program, 3, 0);
        var macCodes = TrueTypeCmapReader.ReadCodeToGlyph(program, 1, 0);
        Dictionary<string, int>? glyphsByName = null;
        if (postNames is not null && HasUnresolvedName(names, text))
        {
            glyphsByName = new Dictionary<string, int>(postNames.Length, StringComparer.Ordinal);
            for (var gid = 0; gid < postNames.Length; gid++)
            {
                if (postNames[gid] is { } postName)
                {
                    glyphsByName.TryAdd(postName, gid);
                }
            }
        }

        for (var code = 0; code < text.Length; code++)
        {
            if (text[code] is not null)
            {
                continue;
            }

            // An encoding name the glyph list does not know may still be the font's own name (post) or its glyph number (g12).
            var gid = 0;
            if (names[code] is { } name && !(glyphsByName?.TryGetValue(name, out gid) ?? false))
            {
                gid = NumberedGlyph(name);
            }

            if (gid <= 0)
            {
                gid = GlyphOfCode(code, symbolCodes, macCodes);
            }

            if (gid <= 0)
            {
                continue;
            }

            text[code] = glyphText.GetValueOrDefault(gid)
                ?? (postNames is not null && gid < postNames.Length && postNames[gid] is { } glyphName ? PdfGlyphList.ToUnicode(glyphName) : null);
        }
    }

    /// <summary>The glyph id in a producer's numbered glyph name (<c>g12</c>, <c>glyph12</c>, <c>gid12</c>), or 0.</summary>
    /// <param name="name">The glyph name.</param>
    public static int NumberedGlyph(string name)
    {
        var digits = name.StartsWith("glyph", StringComparison.Ordinal) ? 5
            : name.StartsWith("gid", StringComparison.Ordinal) ? 3
            : name.StartsWith('g') ? 1
            : 0;
        if (digits == 0 || name.Length == digits || name.Length - digits > 5)
        {
            return 0;
        }

        var value = 0;
        for (var i = digits; i < name.Length; i++)
        {
            if (!char.IsAsciiDigit(name[i]))
            {
                return 0;
            }

            value = (value * 10) + (name[i] - '0');
        }

        return value <= 0xFFFF ? value : 0;
    }

    private static bool HasUnresolvedName(string?[] names, string?[] text)
    {
        for (var code = 0; code < text.Length; code++)
        {
            if (text[code] is null && names[code] is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static int GlyphOfCode(int code, Dictionary<int, int>? symbolCodes, Dictionary<int, int>? macCodes)
    {
        // A (3,0) symbol cmap usually puts single-byte codes at 0xF000 + code; some fonts use the code itself or 0xF100/0xF200.
        if (symbolCodes is not null)
        {
            foreach (var prefix in SymbolPrefixes)
            {
                if (symbolCodes.TryGetValue(prefix | code, out var gid) && gid > 0)
                {
                    return gid;
                }
            }
        }

        return macCodes is not null && macCodes.TryGetValue(code, out var macGid) ? macGid : 0;
    }

    private static ReadOnlySpan<int> SymbolPrefixes => [0xF000, 0x0000, 0xF100, 0xF200];
}
