namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// The text encodings of TeX fonts, OT1 (Knuth's Computer Modern layout) and T1 (the Cork layout of the EC fonts),
/// as the text of each code. pdfTeX embeds a font it only has as a bitmap (PK) as a Type3 font whose glyphs are named
/// after their codes (<c>/a27</c>) and carries no ToUnicode map, so the code's meaning in the TeX encoding is the
/// only way to its text: ligatures (<c>fi</c> on 28 in T1, on 12 in OT1), dotless i, quotes and dashes.
/// </summary>
internal static class TexTextEncoding
{
    /// <summary>Codes 0-31 and the codes from 32 that differ from ASCII in T1; Latin-1 above 191 except three.</summary>
    private static readonly Lazy<string?[]> T1 = new(BuildT1);

    /// <summary>OT1: codes 0-127 (Computer Modern has no upper half).</summary>
    private static readonly Lazy<string?[]> Ot1 = new(BuildOt1);

    /// <summary>
    /// pdfTeX's bitmap fonts (Type3, glyphs named after their codes, no ToUnicode) are TeX text fonts: their codes
    /// read through the TeX text encoding the used codes point to, so ligatures, dotless i, quotes and dashes keep
    /// their text instead of being dropped or read as ASCII.
    /// </summary>
    /// <param name="differenceNames">The glyph names the font's <c>/Differences</c> give, by code.</param>
    /// <param name="text">The text by code, overwritten for the codes the font draws.</param>
    public static void ReadBitmapFontText(string?[] differenceNames, string?[] text)
    {
        if (!HasCodeNamedGlyphs(differenceNames))
        {
            return;
        }

        var used = new bool[differenceNames.Length];
        for (var c = 0; c < used.Length; c++)
        {
            used[c] = differenceNames[c] is { } n && n != ".notdef";
        }

        var layout = Guess(used);
        for (var c = 0; c < used.Length; c++)
        {
            if (used[c])
            {
                text[c] = TextOf(layout, c);
            }
        }
    }

    /// <summary>
    /// Whether a Type3 font's glyph names are pdfTeX's bitmap-font names: every name given is <c>a</c> followed by
    /// its own code in decimal (<c>/a65</c> on 65), and there is at least one.
    /// </summary>
    /// <param name="names">The font's glyph names by code (from its <c>/Differences</c>).</param>
    public static bool HasCodeNamedGlyphs(IReadOnlyList<string?> names)
    {
        var any = false;
        for (var code = 0; code < names.Count; code++)
        {
            if (names[code] is not { } name || name == ".notdef")
            {
                continue;
            }

            if (name.Length < 2 || name[0] != 'a' || !int.TryParse(name.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var named) || named != code)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// Which TeX encoding the used codes point to. The two layouts put their ligatures in different places (T1 on
    /// 27-31, OT1 on 11-15) and only T1 has codes above 127; quotes and dashes below 32 are T1's, the dashes on
    /// 123-124 OT1's. The layout with more of these codes in use wins; with none, T1 (whose printable ASCII is ASCII).
    /// </summary>
    /// <param name="used">Whether each code is drawn by the font (has a glyph).</param>
    public static TexTextLayout Guess(IReadOnlyList<bool> used)
    {
        int t1 = 0, ot1 = 0;
        for (var code = 0; code < used.Count; code++)
        {
            if (!used[code])
            {
                continue;
            }

            if (code is (>= 0x1B and <= 0x1F) or (>= 0x10 and <= 0x16) or >= 0x80)
            {
                t1++;
            }
            else if (code is (>= 0x0B and <= 0x0F) or 0x7B or 0x7C)
            {
                ot1++;
            }
        }

        return ot1 > t1 ? TexTextLayout.Ot1 : TexTextLayout.T1;
    }

    /// <summary>The text of <paramref name="code"/> in <paramref name="layout"/>, or <see langword="null"/> when it has none.</summary>
    /// <param name="layout">The TeX encoding.</param>
    /// <param name="code">The glyph code.</param>
    public static string? TextOf(TexTextLayout layout, int code)
    {
        var table = layout == TexTextLayout.T1 ? T1.Value : Ot1.Value;
        return code >= 0 && code < table.Length ? table[code] : null;
    }

    private static string?[] BuildT1()
    {
        var table = new string?[256];
        for (var code = 0x21; code < 0x7F; code++)
        {
            table[code] = ((char)code).ToString();
        }

        // 0-12 are accents drawn over a letter, 23 the zero-width compound word mark, 24 the per-mille's extra zero.
        string[] low =
        [
            "\u02CB", "\u00B4", "\u02C6", "\u02DC", "\u00A8", "\u02DD", "\u02DA", "\u02C7", "\u02D8", "\u00AF", "\u02D9", "\u00B8", "\u02DB",
            "\u201A", "\u2039", "\u203A", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2013", "\u2014", string.Empty,
            "0", "\u0131", "\u0237", "ff", "fi", "fl", "ffi", "ffl",
        ];
        for (var code = 0; code < low.Length; code++)
        {
            table[code] = low[code].Length == 0 ? null : low[code];
        }

        table[0x20] = "\u2423";
        table[0x27] = "\u2019";
        table[0x60] = "\u2018";
        table[0x7F] = "-";

        // 128-191: the Latin Extended-A letters of Central European languages, capitals then small letters.
        const string upper = "\u0102\u0104\u0106\u010C\u010E\u011A\u0118\u011E\u0139\u013D\u0141\u0143\u0147\u014A\u0150\u0154"
            + "\u0158\u015A\u0160\u015E\u0164\u0162\u0170\u016E\u0178\u0179\u017D\u017B\u0132\u0130\u0111\u00A7"
            + "\u0103\u0105\u0107\u010D\u010F\u011B\u0119\u011F\u013A\u013E\u0142\u0144\u0148\u014B\u0151\u0155"
            + "\u0159\u015B\u0161\u015F\u0165\u0163\u0171\u016F\u00FF\u017A\u017E\u017C\u0133\u00A1\u00BF\u00A3";
        for (var i = 0; i < upper.Length; i++)
        {
            table[0x80 + i] = upper[i].ToString();
        }

        // 192-255 follow Latin-1, but for the three places Latin-1 gives to the multiplication and division signs
        // and the y with diaeresis: OE, oe, and the German sharp s (208 Eth and 240 eth stay).
        for (var code = 0xC0; code <= 0xFF; code++)
        {
            table[code] = ((char)code).ToString();
        }

        table[0xD7] = "\u0152";
        table[0xDF] = "SS";
        table[0xF7] = "\u0153";
        table[0xFF] = "\u00DF";
        return table;
    }

    private static string?[] BuildOt1()
    {
        var table = new string?[128];
        for (var code = 0x21; code < 0x7F; code++)
        {
            table[code] = ((char)code).ToString();
        }

        // 0-10 Greek capitals, 11-15 ligatures, 16-17 dotless i and j, 18-24 accents, 25-31 ß æ œ ø Æ Œ Ø.
        string[] low =
        [
            "\u0393", "\u0394", "\u0398", "\u039B", "\u039E", "\u03A0", "\u03A3", "\u03A5", "\u03A6", "\u03A8", "\u03A9",
            "ff", "fi", "fl", "ffi", "ffl", "\u0131", "\u0237",
            "\u02CB", "\u00B4", "\u02C7", "\u02D8", "\u00AF", "\u02DA", "\u00B8",
            "\u00DF", "\u00E6", "\u0153", "\u00F8", "\u00C6", "\u0152", "\u00D8",
        ];
        for (var code = 0; code < low.Length; code++)
        {
            table[code] = low[code];
        }

        // Where Computer Modern's text fonts put quotes, dashes and accents on ASCII codes.
        table[0x22] = "\u201D";
        table[0x27] = "\u2019";
        table[0x3C] = "\u00A1";
        table[0x3E] = "\u00BF";
        table[0x5C] = "\u201C";
        table[0x5E] = "\u02C6";
        table[0x5F] = "\u02D9";
        table[0x60] = "\u2018";
        table[0x7B] = "\u2013";
        table[0x7C] = "\u2014";
        table[0x7D] = "\u02DD";
        table[0x7E] = "\u02DC";
        table[0x7F] = "\u00A8";
        return table;
    }
}
