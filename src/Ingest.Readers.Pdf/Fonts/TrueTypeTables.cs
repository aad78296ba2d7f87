using System.Buffers.Binary;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>Locates tables in a TrueType/OpenType font program and reads its big-endian numbers with bounds checks.</summary>
internal static class TrueTypeTables
{
    /// <summary>The offset of the table tagged <paramref name="tag"/>, or -1 when the font has none or it lies outside the data.</summary>
    /// <param name="font">The font program.</param>
    /// <param name="tag">The four-byte table tag.</param>
    public static int Find(byte[] font, ReadOnlySpan<byte> tag)
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
                var offset = U32(font, record + 8);
                return offset < (uint)font.Length ? (int)offset : -1;
            }
        }

        return -1;
    }

    /// <summary>The unsigned 16-bit number at <paramref name="offset"/>, or 0 past the end of the data.</summary>
    /// <param name="data">The font program.</param>
    /// <param name="offset">The position.</param>
    public static int U16(byte[] data, int offset)
        => offset >= 0 && offset <= data.Length - 2 ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset, 2)) : 0;

    /// <summary>The unsigned 32-bit number at <paramref name="offset"/>, or 0 past the end of the data.</summary>
    /// <param name="data">The font program.</param>
    /// <param name="offset">The position.</param>
    public static uint U32(byte[] data, int offset)
        => offset >= 0 && offset <= data.Length - 4 ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset, 4)) : 0;
}
