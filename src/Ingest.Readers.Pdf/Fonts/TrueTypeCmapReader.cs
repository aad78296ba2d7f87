using System.Buffers.Binary;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>Reads the Unicode <c>cmap</c> of an embedded TrueType/OpenType font, inverted to glyph id → Unicode, as a last resort for text without ToUnicode.</summary>
internal static class TrueTypeCmapReader
{
    /// <summary>Glyph ids to Unicode, or an empty map when the font has no usable Unicode cmap.</summary>
    /// <param name="font">The font program.</param>
    public static Dictionary<int, string> ReadGlyphToUnicode(byte[] font)
    {
        var result = new Dictionary<int, string>();
        try
        {
            var table = FindTable(font, "cmap"u8);
            if (table < 0)
            {
                return result;
            }

            var count = U16(font, table + 2);
            var best = -1;
            var bestScore = 0;
            for (var i = 0; i < count; i++)
            {
                var record = table + 4 + (i * 8);
                var platform = U16(font, record);
                var encoding = U16(font, record + 2);
                var offset = table + (int)U32(font, record + 4);
                var score = (platform, encoding) switch
                {
                    (3, 10) => 4,
                    (3, 1) => 3,
                    (0, _) => 2,
                    _ => 0,
                };
                if (score > bestScore && offset < font.Length)
                {
                    (best, bestScore) = (offset, score);
                }
            }

            if (best >= 0)
            {
                ReadSubtable(font, best, result);
            }
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

    private static void ReadSubtable(byte[] font, int offset, Dictionary<int, string> result)
    {
        var format = U16(font, offset);
        switch (format)
        {
            case 4:
                var segments = U16(font, offset + 6) / 2;
                var ends = offset + 14;
                var starts = ends + (segments * 2) + 2;
                var deltas = starts + (segments * 2);
                var rangeOffsets = deltas + (segments * 2);
                var steps = 1 << 20;
                for (var s = 0; s < segments; s++)
                {
                    int end = U16(font, ends + (s * 2)), start = U16(font, starts + (s * 2));
                    var delta = (short)U16(font, deltas + (s * 2));
                    var rangeOffset = U16(font, rangeOffsets + (s * 2));
                    for (var c = start; c <= end && c != 0xFFFF && steps-- > 0; c++)
                    {
                        int gid;
                        if (rangeOffset == 0)
                        {
                            gid = (c + delta) & 0xFFFF;
                        }
                        else
                        {
                            var at = rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2);
                            gid = at + 1 < font.Length ? U16(font, at) : 0;
                            gid = gid == 0 ? 0 : (gid + delta) & 0xFFFF;
                        }

                        if (gid != 0)
                        {
                            result.TryAdd(gid, char.ConvertFromUtf32(c is >= 0xD800 and <= 0xDFFF ? 0xFFFD : c));
                        }
                    }
                }

                break;
            case 12:
                var groups = U32(font, offset + 12);
                for (long g = 0; g < groups && g < 100_000; g++)
                {
                    var at = offset + 16 + (int)(g * 12);
                    var first = U32(font, at);
                    var last = Math.Min(U32(font, at + 4), first + 65535);
                    var gid = U32(font, at + 8);
                    for (var c = first; c <= last && c <= 0x10FFFF; c++)
                    {
                        if (c is < 0xD800 or > 0xDFFF)
                        {
                            result.TryAdd((int)(gid + (c - first)), char.ConvertFromUtf32((int)c));
                        }
                    }
                }

                break;
            case 6:
                var firstCode = U16(font, offset + 6);
                var entries = U16(font, offset + 8);
                for (var i = 0; i < entries; i++)
                {
                    var gid = U16(font, offset + 10 + (i * 2));
                    var c = firstCode + i;
                    if (gid != 0 && c is < 0xD800 or > 0xDFFF)
                    {
                        result.TryAdd(gid, char.ConvertFromUtf32(c));
                    }
                }

                break;
            case 0:
                for (var c = 0; c < 256; c++)
                {
                    var gid = font[offset + 6 + c];
                    if (gid != 0)
                    {
                        result.TryAdd(gid, ((char)c).ToString());
                    }
                }

                break;
        }
    }

    private static int FindTable(byte[] font, ReadOnlySpan<byte> tag)
    {
        if (font.Length < 12)
        {
            return -1;
        }

        var tables = U16(font, 4);
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (i * 16);
            if (record + 16 > font.Length)
            {
                break;
            }

            if (font.AsSpan(record, 4).SequenceEqual(tag))
            {
                var offset = (int)U32(font, record + 8);
                return offset < font.Length ? offset : -1;
            }
        }

        return -1;
    }

    private static int U16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset, 2));

    private static uint U32(byte[] data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset, 4));
}
