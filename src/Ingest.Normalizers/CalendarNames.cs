namespace Ingest.Normalizers;

/// <summary>
/// The English month and weekday names with the abbreviations they are written with: the one list the date normalizer
/// reads them from and the number normalizer uses to leave day numbers beside a month to the dates. The same file is
/// compiled into Ingest (the text reader's date lines) and Ingest.Chunking (month abbreviations before a period).
/// </summary>
internal static class CalendarNames
{
    /// <summary>Month words by month, January first: the full name, then its abbreviations (lower case).</summary>
    public static readonly string[][] Months =
    [
        ["january", "jan"], ["february", "feb", "febr"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
        ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
    ];

    /// <summary>Weekday words by day, Monday first (ISO order): the full name, its abbreviations and its plural (lower case).</summary>
    public static readonly string[][] Weekdays =
    [
        ["monday", "mon", "mondays"], ["tuesday", "tue", "tues", "tuesdays"], ["wednesday", "wed", "wednesdays"],
        ["thursday", "thu", "thur", "thurs", "thursdays"], ["friday", "fri", "fridays"], ["saturday", "sat", "saturdays"],
        ["sunday", "sun", "sundays"],
    ];

    /// <summary>Every month word, full names and abbreviations.</summary>
    public static IEnumerable<string> AllMonthWords()
    {
        foreach (var month in Months)
        {
            foreach (var word in month)
            {
                yield return word;
            }
        }
    }
}
