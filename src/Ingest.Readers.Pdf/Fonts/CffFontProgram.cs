namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// The parts of an embedded CFF font program (FontFile3 /Type1C, /CIDFontType0C) that give glyphs meaning: the glyph
/// names of its charset and its built-in encoding. Parsing is bounded by the data and never throws: a truncated or
/// forged program gives whatever was read before the damage.
/// </summary>
internal sealed class CffFontProgram
{
    // The first string id that refers to the font's own String INDEX rather than the standard strings.
    private const int StandardStringCount = 391;

    // The ISOAdobe charset (charset offset 0) names glyph i by string id i up to this id.
    private const int IsoAdobeLastSid = 228;

    private CffFontProgram(bool isCidKeyed, string?[] glyphNames, string?[]? encoding)
    {
        IsCidKeyed = isCidKeyed;
        GlyphNames = glyphNames;
        Encoding = encoding;
    }

    /// <summary>True for a CID-keyed program, whose charset gives CIDs rather than glyph names.</summary>
    public bool IsCidKeyed { get; }

    /// <summary>Glyph names by glyph id (empty for CID-keyed programs); a name is null where the program gives none.</summary>
    public string?[] GlyphNames { get; }

    /// <summary>The built-in encoding as glyph names by code, or <see langword="null"/> when the program has none usable (CID-keyed, Expert).</summary>
    public string?[]? Encoding { get; }

    /// <summary>Reads <paramref name="data"/> as a CFF program, or returns <see langword="null"/> when it is not one.</summary>
    /// <param name="data">The decoded FontFile3 stream.</param>
    public static CffFontProgram? Parse(byte[] data)
    {
        try
        {
            return ParseUnchecked(data);
        }
        catch (IndexOutOfRangeException)
        {
            // Every read is bounds-checked; this only guards against an unforeseen path through damaged data.
            return null;
        }
    }

    private static CffFontProgram? ParseUnchecked(byte[] data)
    {
        // Header: major version 1, header size, then the Name, Top DICT, String and Global Subr INDEXes in order.
        if (data.Length < 4 || data[0] != 1 || data[2] < 4)
        {
            return null;
        }

        var nameIndexEnd = SkipIndex(data, data[2]);
        var topDicts = ReadIndex(data, nameIndexEnd, out var topIndexEnd);
        if (topDicts is not { Count: > 0 })
        {
            return null;
        }

        var strings = ReadIndex(data, topIndexEnd, out _) ?? [];
        var (start, length) = topDicts[0];
        int charsetOffset = 0, encodingOffset = 0, charStringsOffset = -1;
        var isCidKeyed = false;
        ReadTopDict(data, start, start + length, ref charsetOffset, ref encodingOffset, ref charStringsOffset, ref isCidKeyed);

        var glyphCount = charStringsOffset > 0 ? ReadIndex(data, charStringsOffset, out _)?.Count ?? 0 : 0;
        if (glyphCount == 0)
        {
            return null;
        }

        if (isCidKeyed)
        {
            return new CffFontProgram(true, [], null);
        }

        var names = ReadCharset(data, charsetOffset, glyphCount, strings);
        var encoding = ReadEncoding(data, encodingOffset, names, strings);
        return new CffFontProgram(false, names, encoding);
    }

    private static void ReadTopDict(byte[] data, int at, int end, ref int charset, ref int encoding, ref int charStrings, ref bool isCidKeyed)
    {
        end = Math.Min(end, data.Length);
        Span<double> operands = stackalloc double[48];
        var count = 0;
        while (at < end)
        {
            int b0 = data[at++];
            if (b0 <= 21)
            {
                var op = b0 == 12 && at < end ? 1200 + data[at++] : b0;
                var last = count > 0 ? (int)operands[count - 1] : 0;
                switch (op)
                {
                    case 15:
                        charset = last;
                        break;
                    case 16:
                        encoding = last;
                        break;
                    case 17:
                        charStrings = last;
                        break;
                    case 1230:
                        isCidKeyed = true;
                        break;
                }

                count = 0;
                continue;
            }

            double value;
            if (b0 == 28 && at + 2 <= end)
            {
                value = (short)((data[at] << 8) | data[at + 1]);
                at += 2;
            }
            else if (b0 == 29 && at + 4 <= end)
            {
                value = (data[at] << 24) | (data[at + 1] << 16) | (data[at + 2] << 8) | data[at + 3];
                at += 4;
            }
            else if (b0 == 30)
            {
                // A real number in nibbles, ended by the nibble 0xF; its value is not needed here.
                while (at < end && (data[at] & 0x0F) != 0x0F && (data[at] & 0xF0) != 0xF0)
                {
                    at++;
                }

                at++;
                value = 0;
            }
            else if (b0 is >= 32 and <= 246)
            {
                value = b0 - 139;
            }
            else if (b0 is >= 247 and <= 250 && at < end)
            {
                value = ((b0 - 247) * 256) + data[at++] + 108;
            }
            else if (b0 is >= 251 and <= 254 && at < end)
            {
                value = -((b0 - 251) * 256) - data[at++] - 108;
            }
            else
            {
                // A reserved byte or an operand cut off by the end of the DICT.
                return;
            }

            if (count < operands.Length)
            {
                operands[count++] = value;
            }
        }
    }

    private static string?[] ReadCharset(byte[] data, int offset, int glyphCount, List<(int Start, int Length)> strings)
    {
        var names = new string?[glyphCount];
        names[0] = ".notdef";
        if (offset == 0)
        {
            for (var gid = 1; gid < glyphCount && gid <= IsoAdobeLastSid; gid++)
            {
                names[gid] = StandardGlyphNames.Cff[gid];
            }

            return names;
        }

        // Offsets 1 and 2 are the Expert charsets, whose names mean little as text; any other is the charset's position.
        if (offset <= 2 || offset >= data.Length)
        {
            return names;
        }

        var format = data[offset];
        var at = offset + 1;
        var next = 1;
        if (format == 0)
        {
            for (; next < glyphCount && at + 2 <= data.Length; next++, at += 2)
            {
                names[next] = StringOf(data, (data[at] << 8) | data[at + 1], strings);
            }
        }
        else if (format is 1 or 2)
        {
            var rangeSize = format == 1 ? 3 : 4;
            while (next < glyphCount && at + rangeSize <= data.Length)
            {
                var first = (data[at] << 8) | data[at + 1];
                var left = format == 1 ? data[at + 2] : (data[at + 2] << 8) | data[at + 3];
                at += rangeSize;
                for (var k = 0; k <= left && next < glyphCount; k++)
                {
                    names[next++] = StringOf(data, first + k, strings);
                }
            }
        }

        return names;
    }

    private static string?[]? ReadEncoding(byte[] data, int offset, string?[] glyphNames, List<(int Start, int Length)> strings)
    {
        if (offset == 0)
        {
            return PdfEncodings.Standard;
        }

        if (offset == 1 || offset >= data.Length - 1)
        {
            return null;
        }

        var encoding = new string?[256];
        var format = data[offset] & 0x7F;
        var at = offset + 1;
        int count = data[at++];
        var gid = 1;
        if (format == 0)
        {
            for (var i = 0; i < count && at < data.Length; i++, gid++)
            {
                Assign(data[at++], gid);
            }
        }
        else if (format == 1)
        {
            for (var r = 0; r < count && at + 2 <= data.Length; r++)
            {
                int first = data[at], left = data[at + 1];
                at += 2;
                for (var k = 0; k <= left && first + k < 256; k++, gid++)
                {
                    Assign(first + k, gid);
                }
            }
        }
        else
        {
            return null;
        }

        // Supplements give further codes for glyphs by name (string id), often a second code for the same glyph.
        if ((data[offset] & 0x80) != 0 && at < data.Length)
        {
            int supplements = data[at++];
            for (var i = 0; i < supplements && at + 3 <= data.Length; i++, at += 3)
            {
                encoding[data[at]] = StringOf(data, (data[at + 1] << 8) | data[at + 2], strings);
            }
        }

        return encoding;

        void Assign(int code, int glyph)
        {
            if (glyph < glyphNames.Length)
            {
                encoding[code] = glyphNames[glyph];
            }
        }
    }

    private static string? StringOf(byte[] data, int sid, List<(int Start, int Length)> strings)
    {
        if (sid < StandardStringCount)
        {
            return StandardGlyphNames.Cff[sid];
        }

        if (sid - StandardStringCount >= strings.Count)
        {
            return null;
        }

        var (start, length) = strings[sid - StandardStringCount];
        return System.Text.Encoding.Latin1.GetString(data, start, length);
    }

    private static int SkipIndex(byte[] data, int at)
    {
        ReadIndex(data, at, out var end);
        return end;
    }

    /// <summary>The entries (start, length) of the INDEX at <paramref name="at"/>, clipped to the data; null when its header is unreadable.</summary>
    private static List<(int Start, int Length)>? ReadIndex(byte[] data, int at, out int end)
    {
        end = data.Length;
        if (at < 0 || at + 2 > data.Length)
        {
            return null;
        }

        var count = (data[at] << 8) | data[at + 1];
        if (count == 0)
        {
            end = at + 2;
            return [];
        }

        if (at + 3 > data.Length)
        {
            return null;
        }

        int offSize = data[at + 2];
        var offsets = at + 3;
        if (offSize is < 1 or > 4 || offsets + ((long)(count + 1) * offSize) > data.Length)
        {
            return null;
        }

        // Offsets count from the byte before the data, so the first is 1.
        var dataStart = offsets + ((count + 1) * offSize) - 1;
        var entries = new List<(int Start, int Length)>(count);
        var previous = Offset(data, offsets, offSize);
        for (var i = 1; i <= count; i++)
        {
            var current = Offset(data, offsets + (i * offSize), offSize);
            var start = dataStart + previous;
            var stop = dataStart + current;
            entries.Add(start >= 0 && stop >= start && stop <= data.Length ? (start, stop - start) : (0, 0));
            previous = current;
        }

        end = (int)Math.Min(data.Length, dataStart + (long)previous);
        return entries;
    }

    private static int Offset(byte[] data, int at, int size)
    {
        long value = 0;
        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | data[at + i];
        }

        return value > int.MaxValue / 2 ? int.MaxValue / 2 : (int)value;
    }
}
