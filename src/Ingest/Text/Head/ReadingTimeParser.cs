using System.Text.RegularExpressions;

namespace Ingest.Text.Head;

/// <summary>Reads a reading-time line: <c>8 min read</c>, <c>5-minute read</c>, <c>Reading time: 12 minutes</c>.</summary>
internal static partial class ReadingTimeParser
{
    /// <summary>Returns the minutes, or 0 when the line is not a reading time.</summary>
    public static int Parse(ReadOnlySpan<char> line)
    {
        var s = line.Trim();
        if (s.IsEmpty || s.Length > 40)
        {
            return 0;
        }

        foreach (var match in ReadingTime().EnumerateMatches(s))
        {
            var digits = s.Slice(match.Index, match.Length);
            var start = digits.IndexOfAnyInRange('0', '9');
            var value = 0;
            for (var i = start; i < digits.Length && char.IsAsciiDigit(digits[i]); i++)
            {
                value = (value * 10) + (digits[i] - '0');
            }

            return value;
        }

        return 0;
    }

    [GeneratedRegex(@"^(?:(?:estimated\s+)?read(?:ing)?\s+time\s*:?\s*)?[1-9]\d{0,2}\s*-?\s*(?:min|mins|minute|minutes)\.?(?:\s+read)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTime();
}
