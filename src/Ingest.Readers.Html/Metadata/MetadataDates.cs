using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Readers.Html.Metadata;

/// <summary>Reads the calendar date of a machine-readable date in page metadata (ISO 8601 and the common variants).</summary>
internal static partial class MetadataDates
{
    /// <summary>Returns the date as written (the local date of the timestamp), or <see langword="null"/>.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        var iso = IsoDate().Match(trimmed);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            var month = int.Parse(iso.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
            var day = int.Parse(iso.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
            return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new DateOnly(year, month, day)
                : null;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return DateOnly.FromDateTime(parsed.DateTime);
        }

        return null;
    }

    /// <summary>
    /// Reads the date that news and blog addresses carry as path segments (<c>/2024/06/25/slug</c>), or <see langword="null"/>.
    /// Only a full year/month/day triple counts: a year and month alone are archive pages, not a publication day.
    /// </summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
