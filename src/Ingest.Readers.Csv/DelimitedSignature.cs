namespace Ingest.Readers.Csv;

/// <summary>
/// Recognises delimited text (RFC 4180 CSV, TSV) from its first bytes: every record (a line, or more than one where a
/// quoted field holds a line break) has the same number of delimiters outside quotes, at least one. Commas and semicolons
/// also occur in prose, so text separated by them needs three records and fields that mostly do not start with a space
/// (CSV writers add none; prose puts one after every comma and semicolon).
/// </summary>
internal static class DelimitedSignature
{
    private const int MaxRecords = 20;

    /// <summary>The delimiter the head is separated by, or null when it is not delimited text.</summary>
    public static char? Delimiter(ReadOnlySpan<byte> head)
    {
        foreach (var delimiter in (ReadOnlySpan<char>)['\t', ',', ';'])
        {
            if (Matches(head, (byte)delimiter))
            {
                return delimiter;
            }
        }

        return null;
    }

    private static bool Matches(ReadOnlySpan<byte> head, byte delimiter)
    {
        int records = 0, expected = -1, count = 0, spaced = 0, total = 0;
        var quoted = false;
        for (var i = 0; i < head.Length && records < MaxRecords; i++)
        {
            var b = head[i];
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (b == delimiter)
            {
                count++;
                total++;
                spaced += i + 1 < head.Length && head[i + 1] == (byte)' ' ? 1 : 0;
            }
            else if (b == (byte)'\n')
            {
                if (!EndRecord(ref expected, count))
                {
                    return false;
                }

                records++;
                count = 0;
            }
        }

        // A last record cut by the end of the head is not judged (it may be incomplete).
        if (records < 2 || expected < 1)
        {
            return false;
        }

        return delimiter == (byte)'\t' || (records >= 3 && spaced * 2 < total);
    }

    private static bool EndRecord(ref int expected, int count)
    {
        if (expected < 0)
        {
            expected = count;
            return count > 0;
        }

        return count == expected;
    }
}
