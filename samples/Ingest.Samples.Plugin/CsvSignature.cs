namespace Ingest.Samples.Plugin;

/// <summary>
/// Recognises delimited text by its shape: every record of the head (line breaks inside quotes do not end a record)
/// has the same number, at least one, of one delimiter outside quotes, over at least three records (two for tabs,
/// which prose does not use). Prose rarely keeps the same comma count line after line, so it stays text.
/// </summary>
internal static class CsvSignature
{
    private const int MinimumRecords = 3;

    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        // The last record may be cut by the end of the head; only complete records count.
        var end = head.LastIndexOf((byte)'\n');
        if (end < 0)
        {
            return null;
        }

        var complete = head[..end];
        if (SameCountInEveryRecord(complete, (byte)'\t', MinimumRecords - 1))
        {
            return CsvReader.Tsv.MediaType;
        }

        return SameCountInEveryRecord(complete, (byte)',', MinimumRecords) || SameCountInEveryRecord(complete, (byte)';', MinimumRecords)
            ? CsvReader.Csv.MediaType
            : null;
    }

    private static bool SameCountInEveryRecord(ReadOnlySpan<byte> text, byte delimiter, int minimumRecords)
    {
        int expected = -1, count = 0, records = 0;
        var quoted = false;
        var empty = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var b = i < text.Length ? text[i] : (byte)'\n';
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (b == delimiter && !quoted)
            {
                count++;
            }
            else if (b == '\n' && !quoted)
            {
                if (!empty)
                {
                    if (count == 0 || (expected >= 0 && count != expected))
                    {
                        return false;
                    }

                    expected = count;
                    records++;
                }

                count = 0;
                empty = true;
                continue;
            }
            else if (b == 0)
            {
                return false;
            }

            if (b is not ((byte)'\r' or (byte)' '))
            {
                empty = false;
            }
        }

        return records >= minimumRecords;
    }
}
