namespace Ingest.Readers.Email;

/// <summary>
/// Recognises an Internet message (RFC 5322 / MIME) from its first bytes: it opens with a header block, every line a
/// field (<c>name: value</c>, the name printable ASCII without a colon) or a folded continuation (starting with a space
/// or tab), and among the fields at least two that messages carry (<c>From</c>, <c>Date</c>, <c>Subject</c>, ...), one of
/// them one that only messages carry (<c>From</c>, <c>Received</c>, <c>Message-ID</c>, <c>MIME-Version</c>).
/// </summary>
internal static class MessageSignature
{
    private static readonly string[] MessageFields =
    [
        "from", "to", "cc", "date", "subject", "message-id", "mime-version", "received", "return-path", "content-type",
        "reply-to", "in-reply-to", "references", "sender", "x-mailer", "delivered-to",
    ];

    private static readonly string[] OnlyInMessages = ["from", "received", "message-id", "mime-version", "return-path", "delivered-to"];

    public static bool Matches(ReadOnlySpan<byte> head)
    {
        var known = 0;
        var decisive = false;
        var lines = 0;
        while (!head.IsEmpty)
        {
            var end = head.IndexOf((byte)'\n');
            if (end < 0)
            {
                // The head ends inside a line: judge on the complete lines.
                break;
            }

            var line = head[..end];
            head = head[(end + 1)..];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty)
            {
                break;
            }

            if (line[0] is (byte)' ' or (byte)'\t')
            {
                if (lines == 0)
                {
                    return false;
                }

                continue;
            }

            var colon = line.IndexOf((byte)':');
            if (colon <= 0 || !IsFieldName(line[..colon]))
            {
                return false;
            }

            lines++;
            var name = System.Text.Encoding.ASCII.GetString(line[..colon]).ToLowerInvariant();
            if (Array.IndexOf(MessageFields, name) >= 0)
            {
                known++;
                decisive |= Array.IndexOf(OnlyInMessages, name) >= 0;
            }
        }

        return known >= 2 && decisive;
    }

    private static bool IsFieldName(ReadOnlySpan<byte> name)
    {
        foreach (var b in name)
        {
            if (b is < 33 or > 126)
            {
                return false;
            }
        }

        return true;
    }
}
