using System.Text;

namespace Ingest.Readers.Pdf.Objects;

/// <summary>Decodes PDF text strings (metadata, outlines): UTF-16 with a byte-order mark, UTF-8 with one, else PDFDocEncoding.</summary>
internal static class PdfTextString
{
    // PDFDocEncoding differs from Latin-1 only in 0x18-0x1F and 0x80-0x9F (and 0x7F, 0xAD undefined).
    private static readonly string High =
        "\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203A\u2212\u2030\u201E\u201C\u201D\u2018" +
        "\u2019\u201A\u2122\uFB01\uFB02\u0141\u0152\u0160\u0178\u017D\u0131\u0142\u0153\u0161\u017E\uFFFD";

    private static readonly string Low = "\u02D8\u02C7\u02C6\u02D9\u02DD\u02DB\u02DA\u02DC";

    /// <summary>Decodes a text string.</summary>
    /// <param name="bytes">The bytes.</param>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]).Replace("\0", string.Empty, StringComparison.Ordinal);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]).Replace("\0", string.Empty, StringComparison.Ordinal);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        return string.Create(bytes.Length, bytes.ToArray(), static (span, b) =>
        {
            for (var i = 0; i < b.Length; i++)
            {
                span[i] = DecodeByte(b[i]);
            }
        });
    }

    /// <summary>Decodes one byte of PDFDocEncoding.</summary>
    /// <param name="b">The byte.</param>
    public static char DecodeByte(byte b) => b switch
    {
        >= 0x18 and <= 0x1F => Low[b - 0x18],
        >= 0x80 and <= 0x9F => High[b - 0x80],
        _ => (char)b,
    };
}
