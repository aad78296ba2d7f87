namespace Ingest.Readers.Html.Decoding;

/// <summary>
/// Finds the character set a page declares in its first bytes (<c>&lt;meta charset&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="…; charset=…"&gt;</c>), in the spirit of the HTML prescan.
/// </summary>
internal static class CharsetPrescanner
{
    /// <summary>How far the prescan looks; the HTML standard says 1024 bytes, real pages put the meta later.</summary>
    internal const int ScanLength = 4096;

    /// <summary>Returns the declared charset label, or <see langword="null"/>.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        var span = bytes[..Math.Min(bytes.Length, ScanLength)];
        var i = 0;
        while (i < span.Length)
        {
            var lt = span[i..].IndexOf((byte)'<');
            if (lt < 0)
            {
                return null;
            }

            i += lt;
            if (StartsWith(span[i..], "<!--"u8))
            {
                var end = span[(i + 4)..].IndexOf("-->"u8);
                if (end < 0)
                {
                    return null;
                }

                i += 4 + end + 3;
                continue;
            }

            if (StartsWithIgnoreCase(span[i..], "<meta"u8) && i + 5 < span.Length && IsSpaceOrSlash(span[i + 5]))
            {
                var close = span[i..].IndexOf((byte)'>');
                var tag = close < 0 ? span[i..] : span.Slice(i, close);
                var charset = FromMetaTag(tag);
                if (charset is not null)
                {
                    return charset;
                }
            }

            i++;
        }

        return null;
    }

    private static string? FromMetaTag(ReadOnlySpan<byte> tag)
    {
        string? charset = null;
        string? content = null;
        var httpEquivContentType = false;
        var i = 5;
        while (i < tag.Length)
        {
            while (i < tag.Length && (IsSpaceOrSlash(tag[i]) || tag[i] == (byte)'"' || tag[i] == (byte)'\''))
            {
                i++;
            }

            var nameStart = i;
            while (i < tag.Length && tag[i] != (byte)'=' && !IsSpaceOrSlash(tag[i]))
            {
                i++;
            }

            var name = tag[nameStart..i];
            while (i < tag.Length && tag[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                i++;
            }

            ReadOnlySpan<byte> value = default;
            if (i < tag.Length && tag[i] == (byte)'=')
            {
                i++;
                while (i < tag.Length && tag[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
                {
                    i++;
                }

                if (i < tag.Length && tag[i] is (byte)'"' or (byte)'\'')
                {
                    var quote = tag[i++];
                    var end = tag[i..].IndexOf(quote);
                    end = end < 0 ? tag.Length - i : end;
                    value = tag.Slice(i, end);
                    i += end + 1;
                }
                else
                {
                    var start = i;
                    while (i < tag.Length && !IsSpaceOrSlash(tag[i]))
                    {
                        i++;
                    }

                    value = tag[start..i];
                }
            }

            if (name.IsEmpty)
            {
                i++;
                continue;
            }

            if (EqualsIgnoreCase(name, "charset"u8))
            {
                charset = Ascii(value);
            }
            else if (EqualsIgnoreCase(name, "content"u8))
            {
                content = Ascii(value);
            }
            else if (EqualsIgnoreCase(name, "http-equiv"u8))
            {
                httpEquivContentType = EqualsIgnoreCase(value, "content-type"u8);
            }
        }

        if (!string.IsNullOrWhiteSpace(charset))
        {
            return charset.Trim();
        }

        return httpEquivContentType && content is not null ? FromContentType(content) : null;
    }

    /// <summary>Extracts the charset parameter of a <c>Content-Type</c> value.</summary>
    public static string? FromContentType(string contentType)
    {
        var at = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = contentType.AsSpan(at + 7).TrimStart();
        if (rest.IsEmpty || rest[0] != '=')
        {
            return null;
        }

        rest = rest[1..].TrimStart().Trim('"').Trim('\'');
        var end = rest.IndexOfAny(";, \"'");
        var label = (end < 0 ? rest : rest[..end]).Trim();
        return label.IsEmpty ? null : label.ToString();
    }

    private static string Ascii(ReadOnlySpan<byte> value)
    {
        Span<char> chars = stackalloc char[Math.Min(value.Length, 128)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = value[i] < 0x80 ? (char)value[i] : '?';
        }

        return new string(chars);
    }

    private static bool IsSpaceOrSlash(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'/';

    private static bool StartsWith(ReadOnlySpan<byte> span, ReadOnlySpan<byte> prefix) => span.StartsWith(prefix);

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> span, ReadOnlySpan<byte> prefix)
        => span.Length >= prefix.Length && EqualsIgnoreCase(span[..prefix.Length], prefix);

    private static bool EqualsIgnoreCase(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(a[i] | 0x20) : a[i];
            var y = b[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(b[i] | 0x20) : b[i];
            if (x != y)
            {
                return false;
            }
        }

        return true;
    }
}
