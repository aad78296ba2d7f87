using System.Text;
using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>The simple-font encodings as glyph names by code: Standard, WinAnsi, MacRoman, PDFDoc, Symbol and ZapfDingbats.</summary>
internal static class PdfEncodings
{
    private static readonly Lazy<string?[]> WinAnsi = new(() => FromCodePage(1252, 0x20));
    private static readonly Lazy<string?[]> MacRoman = new(() => FromCodePage(10000, 0x20));
    private static readonly Lazy<string?[]> PdfDoc = new(() => FromChars(b => PdfTextString.DecodeByte(b), 0x18));
    private static readonly Lazy<string?[]> MacExpert = new(() => new string?[256]);

    /// <summary>The encoding named <paramref name="name"/>, or <see langword="null"/>.</summary>
    /// <param name="name">The encoding name (<c>WinAnsiEncoding</c>).</param>
    public static string?[]? ByName(string? name) => name switch
    {
        "WinAnsiEncoding" => WinAnsi.Value,
        "MacRomanEncoding" => MacRoman.Value,
        "StandardEncoding" => Standard,
        "PDFDocEncoding" => PdfDoc.Value,
        "MacExpertEncoding" => MacExpert.Value,
        "SymbolEncoding" => PdfStandard14.Find("Symbol")?.Encoding,
        "ZapfDingbatsEncoding" => PdfStandard14.Find("ZapfDingbats")?.Encoding,
        _ => null,
    };

    /// <summary>The Adobe standard encoding.</summary>
    public static string?[] Standard => PdfStandard14.Find("Helvetica")!.Encoding;

    private static string?[] FromCodePage(int codePage, int first)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = Encoding.GetEncoding(codePage);
        var bytes = new byte[1];
        return FromChars(b =>
        {
            bytes[0] = b;
            var s = encoding.GetString(bytes);
            return s.Length == 1 ? s[0] : '\uFFFD';
        }, first);
    }

    private static string?[] FromChars(Func<byte, char> decode, int first)
    {
        var names = new string?[256];
        for (var code = first; code < 256; code++)
        {
            var c = decode((byte)code);
            if (c is '\uFFFD' or < ' ' || (c >= '\u007F' && c < '\u00A0'))
            {
                continue;
            }

            names[code] = PdfGlyphList.NameOf(c.ToString()) ?? $"uni{(int)c:X4}";
        }

        // Writers use these codes for the non-breaking space and soft hyphen under any of these encodings.
        names[0xA0] ??= "space";
        names[0xAD] ??= "hyphen";
        return names;
    }
}
