using System.Text;

namespace Ingest.Readers.Html.Decoding;

/// <summary>
/// Turns the bytes of a page into text: byte-order mark, then the charset from the transport, then the page's own
/// declaration, then a detected charset, then UTF-8 when the bytes are valid UTF-8, else Windows-1252 as browsers do.
/// </summary>
internal static class HtmlTextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(false, false);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> EncodedReplacementChar => [0xEF, 0xBF, 0xBD];

    static HtmlTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes, string? transportCharset, string? detectedCharset)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return DecodeWith(bytes[3..], LenientUtf8, "bom");
        }

        if (bytes.StartsWith(Utf16LeBom))
        {
            return DecodeWith(bytes[2..], Encoding.Unicode, "bom");
        }

        if (bytes.StartsWith(Utf16BeBom))
        {
            return DecodeWith(bytes[2..], Encoding.BigEndianUnicode, "bom");
        }

        if (Resolve(transportCharset) is { } transport)
        {
            return DecodeWith(bytes, transport, "transport");
        }

        // Pages saved or re-served as UTF-8 often keep their old legacy declaration; multi-byte UTF-8 that validates is
        // practically never legacy-encoded text, so it wins over a page's own (not the transport's) declaration.
        var isUtf8 = IsValidUtf8(bytes);
        if (isUtf8 && !System.Text.Ascii.IsValid(bytes))
        {
            return DecodeWith(bytes, LenientUtf8, "utf-8");
        }

        if (Resolve(CharsetPrescanner.Find(bytes)) is { } declared)
        {
            // A page that is itself ASCII-compatible cannot truly be UTF-16, so browsers read that declaration as UTF-8.
            if (declared.CodePage is 1200 or 1201)
            {
                declared = LenientUtf8;
            }

            return DecodeWith(bytes, declared, "meta");
        }

        if (Resolve(detectedCharset) is { } detected)
        {
            return DecodeWith(bytes, detected, "detected");
        }

        if (isUtf8)
        {
            return DecodeWith(bytes, LenientUtf8, "utf-8");
        }

        return DecodeWith(bytes, Encoding.GetEncoding(1252), "fallback");
    }

    /// <summary>Maps a charset label to an encoding, with the WHATWG aliases that matter (latin1 and ASCII mean Windows-1252).</summary>
    internal static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8":
                return LenientUtf8;
            case "iso-8859-1" or "latin1" or "l1" or "iso8859-1" or "iso_8859-1" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or "cp1252" or "windows-1252" or "x-cp1252":
                return Encoding.GetEncoding(1252);
            case "gb2312" or "gbk" or "x-gbk":
                name = "gb18030";
                break;
            case "x-sjis" or "ms_kanji" or "windows-31j":
                name = "shift_jis";
                break;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage == 65001 ? LenientUtf8 : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: UTF-7, disabled in .NET; the page is decoded as if no charset had been given.
            return null;
        }
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static DecodedHtml DecodeWith(ReadOnlySpan<byte> bytes, Encoding encoding, string origin)
    {
        var text = encoding.GetString(bytes);
        var invalid = encoding.CodePage is 65001 or 1200 or 1201 && text.Contains('\uFFFD', StringComparison.Ordinal)
            && !ContainsEncodedReplacementChar(bytes, encoding);
        return new DecodedHtml(text, encoding, origin, invalid);
    }

    private static bool ContainsEncodedReplacementChar(ReadOnlySpan<byte> bytes, Encoding encoding)
        => encoding.CodePage == 65001 && bytes.IndexOf(EncodedReplacementChar) >= 0;
}
