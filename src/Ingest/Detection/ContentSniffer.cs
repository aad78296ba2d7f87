using System.Text;

namespace Ingest.Detection;

/// <summary>
/// Looks at the first bytes of a document and says what they are, without trusting names or labels:
/// PDF and other magic numbers, byte-order marks, UTF-16 without a mark, HTML markers, binary versus text.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many leading bytes detection looks at.</summary>
    public const int HeadLength = 8192;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;

    /// <summary>The media type the bytes themselves prove, with a charset when they imply one; text is <c>text/plain</c>.</summary>
    public static FormatDetection Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return new(MediaTypes.PlainText, null, "empty");
        }

        // PDF readers accept the header anywhere in the first kilobyte (some files have junk before it).
        var window = head[..Math.Min(head.Length, 1024)];
        if (window.IndexOf(PdfMagic) >= 0)
        {
            return new(MediaTypes.Pdf, null, "content");
        }

        var (bomCharset, bomLength) = DetectBom(head);
        if (bomCharset is not null)
        {
            var text = Decode(head[bomLength..], bomCharset);
            return new(LooksLikeHtml(text) ? MediaTypes.Html : MediaTypes.PlainText, bomCharset, "content");
        }

        if (MagicMediaType(head) is { } magic)
        {
            return new(magic, null, "content");
        }

        if (DetectUtf16WithoutBom(head) is { } utf16)
        {
            var text = Decode(head, utf16);
            return new(LooksLikeHtml(text) ? MediaTypes.Html : MediaTypes.PlainText, utf16, "content");
        }

        if (LooksBinary(head))
        {
            return new(MediaTypes.OctetStream, null, "content");
        }

        // An 8-bit or UTF-8 text: ASCII-compatible, so Latin-1 decoding is enough to look for markup.
        var sample = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 4096)]);
        return new(LooksLikeHtml(sample) ? MediaTypes.Html : MediaTypes.PlainText, null, "content");
    }

    /// <summary>The charset named by a byte-order mark and the mark's length.</summary>
    private static (string? Charset, int Length) DetectBom(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return ("utf-8", 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return ("utf-32le", 4);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return ("utf-32be", 4);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return ("utf-16le", 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return ("utf-16be", 2);
        }

        return (null, 0);
    }

    private static string? MagicMediaType(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return "application/zip";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return "image/png";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF8"u8))
        {
            return "image/gif";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "application/gzip";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "application/x-ole-storage";
        }

        return head.StartsWith("{\\rtf"u8) ? "application/rtf" : null;
    }

    // UTF-16 text without a mark has a zero byte in every other position for Latin text.
    private static string? DetectUtf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var pairs = Math.Min(head.Length, 4096) / 2;
        if (pairs < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < pairs; i++)
        {
            if (head[2 * i] == 0)
            {
                evenZeros++;
            }

            if (head[(2 * i) + 1] == 0)
            {
                oddZeros++;
            }
        }

        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            return "utf-16le";
        }

        return evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05 ? "utf-16be" : null;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var sample = head[..Math.Min(head.Length, 4096)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            // Control characters other than tab, line feed, form feed, carriage return and escape.
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                control++;
            }
        }

        return control > sample.Length / 10;
    }

    /// <summary>
    /// HTML if the text opens with a tag that only HTML starts with (the WHATWG sniffing list), or declares
    /// <c>&lt;html</c>, <c>&lt;head</c> or <c>&lt;body</c> early on.
    /// </summary>
    private static bool LooksLikeHtml(string text)
    {
        var span = text.AsSpan().TrimStart();
        if (span.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var end = span.IndexOf("?>", StringComparison.Ordinal);
            span = end < 0 ? ReadOnlySpan<char>.Empty : span[(end + 2)..].TrimStart();
        }

        foreach (var tag in LeadingTags)
        {
            if (span.StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && span.Length > tag.Length
                && (span[tag.Length] is ' ' or '>' or '\t' or '\n' or '\r' or '/'))
            {
                return true;
            }
        }

        var window = span[..Math.Min(span.Length, 2048)];
        return window.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || window.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || window.Contains("<head>", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] LeadingTags =
    [
        "<!DOCTYPE HTML", "<HTML", "<HEAD", "<SCRIPT", "<IFRAME", "<H1", "<DIV", "<FONT", "<TABLE", "<A",
        "<STYLE", "<TITLE", "<B", "<BODY", "<BR", "<P", "<!--", "<ARTICLE", "<SECTION", "<META", "<LINK",
    ];

    private static string Decode(ReadOnlySpan<byte> bytes, string charset)
    {
        var encoding = charset switch
        {
            "utf-16le" => Encoding.Unicode,
            "utf-16be" => Encoding.BigEndianUnicode,
            "utf-32le" => Encoding.UTF32,
            "utf-32be" => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
            _ => Encoding.UTF8,
        };
        var length = Math.Min(bytes.Length, 4096);
        return encoding.GetString(bytes[..length]);
    }
}
