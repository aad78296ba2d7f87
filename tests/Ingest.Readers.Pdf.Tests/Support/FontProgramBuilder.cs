using System.Text;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>
/// Builds minimal font programs in code for tests: a TrueType table directory with <c>cmap</c> and <c>post</c>
/// tables, and a name-keyed CFF program with a charset and a built-in encoding. Glyph outlines are left out.
/// </summary>
internal static class FontProgramBuilder
{
    /// <summary>A TrueType program with the given cmap subtables and, when <paramref name="postNames"/> is given, a format 2 post table.</summary>
    /// <param name="subtables">(platform, encoding, subtable bytes) triples; see <see cref="Format4"/> and <see cref="Format0"/>.</param>
    /// <param name="postNames">Glyph names by glyph id (index 0 is .notdef).</param>
    public static byte[] TrueType(IReadOnlyList<(int Platform, int Encoding, byte[] Data)> subtables, IReadOnlyList<string>? postNames = null)
    {
        var cmap = new List<byte>();
        AddU16(cmap, 0);
        AddU16(cmap, subtables.Count);
        var offset = 4 + (8 * subtables.Count);
        foreach (var (platform, encoding, data) in subtables)
        {
            AddU16(cmap, platform);
            AddU16(cmap, encoding);
            AddU32(cmap, offset);
            offset += data.Length;
        }

        foreach (var (_, _, data) in subtables)
        {
            cmap.AddRange(data);
        }

        var tables = new List<(string Tag, byte[] Data)> { ("cmap", cmap.ToArray()) };
        if (postNames is not null)
        {
            tables.Add(("post", Post(postNames)));
        }

        var font = new List<byte>();
        AddU32(font, 0x00010000);
        AddU16(font, tables.Count);
        AddU16(font, 0);
        AddU16(font, 0);
        AddU16(font, 0);
        var at = 12 + (16 * tables.Count);
        foreach (var (tag, data) in tables)
        {
            font.AddRange(Encoding.ASCII.GetBytes(tag));
            AddU32(font, 0);
            AddU32(font, at);
            AddU32(font, data.Length);
            at += data.Length;
        }

        foreach (var (_, data) in tables)
        {
            font.AddRange(data);
        }

        return font.ToArray();
    }

    /// <summary>A format 4 cmap subtable mapping each code to its glyph id, one segment per code.</summary>
    /// <param name="glyphs">Code to glyph id.</param>
    public static byte[] Format4(IReadOnlyDictionary<int, int> glyphs)
    {
        var codes = glyphs.Keys.Order().Append(0xFFFF).ToArray();
        var table = new List<byte>();
        AddU16(table, 4);
        AddU16(table, 16 + (8 * codes.Length));
        AddU16(table, 0);
        AddU16(table, codes.Length * 2);
        AddU16(table, 0);
        AddU16(table, 0);
        AddU16(table, 0);
        foreach (var code in codes)
        {
            AddU16(table, code);
        }

        AddU16(table, 0);
        foreach (var code in codes)
        {
            AddU16(table, code);
        }

        foreach (var code in codes)
        {
            AddU16(table, code == 0xFFFF ? 1 : (glyphs[code] - code) & 0xFFFF);
        }

        foreach (var _ in codes)
        {
            AddU16(table, 0);
        }

        return table.ToArray();
    }

    /// <summary>A format 0 (byte encoding) cmap subtable.</summary>
    /// <param name="glyphs">Code (0 to 255) to glyph id (below 256).</param>
    public static byte[] Format0(IReadOnlyDictionary<int, int> glyphs)
    {
        var table = new List<byte>();
        AddU16(table, 0);
        AddU16(table, 262);
        AddU16(table, 0);
        for (var c = 0; c < 256; c++)
        {
            table.Add((byte)glyphs.GetValueOrDefault(c));
        }

        return table.ToArray();
    }

    /// <summary>
    /// A name-keyed CFF program whose charset (format 0) names glyphs 1..n by <paramref name="glyphNames"/> and whose
    /// built-in encoding (format 0) gives glyph i the code <paramref name="codes"/>[i - 1]. Names outside the standard
    /// strings go to the String INDEX.
    /// </summary>
    /// <param name="glyphNames">Glyph names for glyphs 1 to n.</param>
    /// <param name="codes">The code of each of those glyphs.</param>
    /// <param name="standardSids">Standard string ids of names used in tests (name to id).</param>
    public static byte[] Cff(IReadOnlyList<string> glyphNames, IReadOnlyList<byte> codes, IReadOnlyDictionary<string, int> standardSids)
    {
        var custom = new List<string>();
        var sids = new List<int>();
        foreach (var name in glyphNames)
        {
            if (standardSids.TryGetValue(name, out var sid))
            {
                sids.Add(sid);
            }
            else
            {
                sids.Add(391 + custom.Count);
                custom.Add(name);
            }
        }

        var header = new byte[] { 1, 0, 4, 1 };
        var nameIndex = Index([Encoding.ASCII.GetBytes("Test")]);
        var stringIndex = Index(custom.Select(Encoding.ASCII.GetBytes).ToArray());
        var globalSubrs = Index([]);
        var charStrings = Index(Enumerable.Repeat(new byte[] { 14 }, glyphNames.Count + 1).ToArray());
        var charset = new List<byte> { 0 };
        foreach (var sid in sids)
        {
            AddU16(charset, sid);
        }

        var encoding = new List<byte> { 0, (byte)codes.Count };
        encoding.AddRange(codes);

        // The Top DICT has a fixed size (three 5-byte integers and their operators), so the offsets can be laid out first.
        var topDictLength = 18;
        var topIndexLength = 2 + 1 + 2 + topDictLength;
        var charStringsAt = header.Length + nameIndex.Length + topIndexLength + stringIndex.Length + globalSubrs.Length;
        var charsetAt = charStringsAt + charStrings.Length;
        var encodingAt = charsetAt + charset.Count;
        var topDict = new List<byte>();
        foreach (var (value, op) in new[] { (charsetAt, 15), (encodingAt, 16), (charStringsAt, 17) })
        {
            topDict.Add(29);
            AddU32(topDict, value);
            topDict.Add((byte)op);
        }

        return [.. header, .. nameIndex, .. Index([topDict.ToArray()]), .. stringIndex, .. globalSubrs, .. charStrings, .. charset, .. encoding];
    }

    private static byte[] Post(IReadOnlyList<string> names)
    {
        var post = new List<byte>();
        AddU32(post, 0x00020000);
        post.AddRange(new byte[28]);
        AddU16(post, names.Count);
        var custom = new List<string>();
        foreach (var name in names)
        {
            if (name == ".notdef")
            {
                AddU16(post, 0);
            }
            else
            {
                AddU16(post, 258 + custom.Count);
                custom.Add(name);
            }
        }

        foreach (var name in custom)
        {
            post.Add((byte)name.Length);
            post.AddRange(Encoding.ASCII.GetBytes(name));
        }

        return post.ToArray();
    }

    private static byte[] Index(byte[][] entries)
    {
        if (entries.Length == 0)
        {
            return [0, 0];
        }

        var index = new List<byte>();
        AddU16(index, entries.Length);
        index.Add(1);
        var offset = 1;
        index.Add((byte)offset);
        foreach (var entry in entries)
        {
            offset += entry.Length;
            index.Add((byte)offset);
        }

        foreach (var entry in entries)
        {
            index.AddRange(entry);
        }

        return index.ToArray();
    }

    private static void AddU16(List<byte> data, int value)
    {
        data.Add((byte)(value >> 8));
        data.Add((byte)value);
    }

    private static void AddU32(List<byte> data, int value)
    {
        AddU16(data, value >> 16);
        AddU16(data, value & 0xFFFF);
    }
}
