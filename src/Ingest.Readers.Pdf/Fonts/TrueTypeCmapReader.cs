namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// Reads the <c>cmap</c> of an embedded TrueType/OpenType font: its Unicode subtable inverted to glyph id → Unicode,
/// the last resort for text without ToUnicode, or one given subtable as code → glyph id.
/// </summary>
internal static class TrueTypeCmapReader
{
    // A cap on the codes read from one subtable, so a forged format-12 table cannot ask for billions of entries.
    private const int MaxCodes = 1 << 20;

    /// <summary>Glyph ids to Unicode, or an empty map when the font has no usable Unicode cmap.</summary>
    /// <param name="font">The font program.</param>
    public static Dictionary<int, string> ReadGlyphToUnicode(byte[] font)
    {
        var result = new Dictionary<int, string>();
        var best = FindSubtable(font, static (platform, encoding) => (platform, encoding) switch
        {
            (3, 10) => 4,
            (3, 1) => 3,
            (0, _) => 2,
            _ => 0,
        });
        if (best < 0)
        {
            return result;
        }

        foreach (var (code, gid) in ReadSubtable(font, best))
        {
            var scalar = code is >= 0xD800 and <= 0xDFFF || code > 0x10FFFF ? 0xFFFD : code;
            result.TryAdd(gid, char.ConvertFromUtf32(scalar));
        }

        return result;
    }

    /// <summary>Codes to glyph ids from the subtable for <paramref name="platform"/> and <paramref name="encoding"/>, or <see langword="null"/> when the font has none.</summary>
    /// <param name="font">The font program.</param>
    /// <param name="platform">The platform id (1 Macintosh, 3 Windows).</param>
    /// <param name="encoding">The encoding id (0 Roman or symbol, 1 Unicode BMP).</param>
    public static Dictionary<int, int>? ReadCodeToGlyph(byte[] font, int platform, int encoding)
    {
        var offset = FindSubtable(font, (p, e) => p == platform && e == encoding ? 1 : 0);
        return offset < 0 ? null : ReadSubtable(font, offset);
    }

    private static int FindSubtable(byte[] font, Func<int, int, int> score)
    {
        var table = TrueTypeTables.Find(font, "cmap"u8);
        if (table < 0)
        {
            return -1;
        }

        var count = TrueTypeTables.U16(font, table + 2);
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < count; i++)
        {
            var record = table + 4 + (i * 8);
            if (record + 8 > font.Length)
            {
                break;
            }

            var offset = table + (long)TrueTypeTables.U32(font, record + 4);
            var s = score(TrueTypeTables.U16(font, record), TrueTypeTables.U16(font, record + 2));
            if (s > bestScore && offset < font.Length)
            {
                (best, bestScore) = ((int)offset, s);
            }
        }

        return best;
    }

    private static Dictionary<int, int> ReadSubtable(byte[] font, int offset)
    {
        var result = new Dictionary<int, int>();
        try
        {
            ReadSubtable(font, offset, result);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A truncated font: keep what was read.
        }
        catch (IndexOutOfRangeException)
        {
            // Likewise.
        }

        return result;
    }

    private static void ReadSubtable(byte[] font, int offset, Dictionary<int, int> result)
    {
        var format = TrueTypeTables.U16(font, offset);
        switch (format)
        {
            case 4:
                var segments = TrueTypeTables.U16(font, offset + 6) / 2;
                var ends = offset + 14;
                var starts = ends + (segments * 2) + 2;
                var deltas = starts + (segments * 2);
                var rangeOffsets = deltas + (segments * 2);
                var steps = MaxCodes;
                for (var s = 0; s < segments; s++)
                {
                    int end = TrueTypeTables.U16(font, ends + (s * 2)), start = TrueTypeTables.U16(font, starts + (s * 2));
                    var delta = (short)TrueTypeTables.U16(font, deltas + (s * 2));
                    var rangeOffset = TrueTypeTables.U16(font, rangeOffsets + (s * 2));
                    for (var c = start; c <= end && c != 0xFFFF && steps-- > 0; c++)
                    {
                        int gid;
                        if (rangeOffset == 0)
                        {
                            gid = (c + delta) & 0xFFFF;
                        }
                        else
                        {
                            gid = TrueTypeTables.U16(font, rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2));
                            gid = gid == 0 ? 0 : (gid + delta) & 0xFFFF;
                        }

                        if (gid != 0)
                        {
                            result.TryAdd(c, gid);
                        }
                    }
                }

                break;
            case 12:
                var groups = TrueTypeTables.U32(font, offset + 12);
                var codes = 0;
                for (long g = 0; g < groups && g < 100_000 && codes < MaxCodes; g++)
                {
                    var at = offset + 16 + (int)(g * 12);
                    if (at + 12 > font.Length)
                    {
                        break;
                    }

                    var first = TrueTypeTables.U32(font, at);
                    var last = Math.Min(TrueTypeTables.U32(font, at + 4), first + 65535);
                    var gid = TrueTypeTables.U32(font, at + 8);
                    for (var c = first; c <= last && c <= 0x10FFFF && codes++ < MaxCodes; c++)
                    {
                        result.TryAdd((int)c, (int)(gid + (c - first)));
                    }
                }

                break;
            case 6:
                var firstCode = TrueTypeTables.U16(font, offset + 6);
                var entries = TrueTypeTables.U16(font, offset + 8);
                for (var i = 0; i < entries && offset + 12 + (i * 2) <= font.Length; i++)
                {
                    var gid = TrueTypeTables.U16(font, offset + 10 + (i * 2));
                    if (gid != 0)
                    {
                        result.TryAdd(firstCode + i, gid);
                    }
                }

                break;
            case 0:
                for (var c = 0; c < 256 && offset + 6 + c < font.Length; c++)
                {
                    var gid = font[offset + 6 + c];
                    if (gid != 0)
                    {
                        result.TryAdd(c, gid);
                    }
                }

                break;
        }
    }
}
