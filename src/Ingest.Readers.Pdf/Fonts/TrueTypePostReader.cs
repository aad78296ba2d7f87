using System.Text;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>Reads the glyph names of an embedded TrueType font from its <c>post</c> table (formats 1 and 2).</summary>
internal static class TrueTypePostReader
{
    /// <summary>Glyph names by glyph id, or <see langword="null"/> when the font carries none; never throws on bad data.</summary>
    /// <param name="font">The font program.</param>
    public static string?[]? ReadGlyphNames(byte[] font)
    {
        var table = TrueTypeTables.Find(font, "post"u8);
        if (table < 0 || table + 32 > font.Length)
        {
            return null;
        }

        var mac = StandardGlyphNames.Macintosh;
        switch (TrueTypeTables.U32(font, table))
        {
            case 0x00010000:
                return (string?[])mac.Clone();
            case 0x00020000:
                break;
            default:
                return null;
        }

        var count = TrueTypeTables.U16(font, table + 32);
        var indexes = table + 34;
        if (indexes + (count * 2) > font.Length)
        {
            count = Math.Max(0, (font.Length - indexes) / 2);
        }

        // The custom names follow the index array as Pascal strings, numbered from 258 in order.
        var custom = new List<string>();
        for (var at = indexes + (count * 2); at < font.Length && custom.Count < 65536;)
        {
            var length = font[at];
            if (at + 1 + length > font.Length)
            {
                break;
            }

            custom.Add(Encoding.Latin1.GetString(font, at + 1, length));
            at += 1 + length;
        }

        var names = new string?[count];
        for (var gid = 0; gid < count; gid++)
        {
            var index = TrueTypeTables.U16(font, indexes + (gid * 2));
            names[gid] = index < mac.Length ? mac[index] : index - mac.Length < custom.Count ? custom[index - mac.Length] : null;
        }

        return names;
    }
}
