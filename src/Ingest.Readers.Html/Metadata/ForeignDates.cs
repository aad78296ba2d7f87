using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Calendar dates written out day first with the month's name in German, French, Spanish, Italian, Portuguese, Dutch
/// the Scandinavian languages, Polish or Russian (the genitive "5 marca 2024", "5 марта 2024"), as news pages in those
/// languages show them beside the headline; they write the day before the month, so only that order is read. Chinese,
/// Japanese and Korean dates are written year first with their unit signs ("2024年3月5日", "2024년 3월 5일").
/// </summary>
internal static partial class ForeignDates
{
    // Each month's names across the languages; a spelling shared by several ("mars", "mai", "april") means the same month.
    private static readonly string[][] MonthNames =
    [
        ["januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia", "января"],
        ["februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego", "февраля"],
        ["märz", "maerz", "mars", "marts", "marzo", "março", "marco", "maart", "marca", "марта"],
        ["april", "avril", "abril", "aprile", "kwietnia", "апреля"],
        ["mai", "maj", "mayo", "maggio", "maio", "mei", "maja", "мая"],
        ["juni", "juin", "junio", "giugno", "junho", "czerwca", "июня"],
        ["juli", "juillet", "julio", "luglio", "julho", "lipca", "июля"],
        ["august", "août", "aout", "agosto", "augustus", "augusti", "sierpnia", "августа"],
        ["september", "septembre", "septiembre", "setiembre", "settembre", "setembro", "września", "сентября"],
        ["oktober", "octobre", "octubre", "ottobre", "outubro", "października", "октября"],
        ["november", "novembre", "noviembre", "novembro", "listopada", "ноября"],
        ["dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "december", "grudnia", "декабря"],
    ];

    private static readonly Dictionary<string, int> Months = MonthNames
        .SelectMany((names, i) => names.Select(name => (name, month: i + 1)))
        .ToDictionary(m => m.name, m => m.month, StringComparer.OrdinalIgnoreCase);

    /// <summary>The dates written this way in <paramref name="text"/>, with where each stands, in order.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> Find(string text)
    {
        foreach (Match match in DayMonthYear().Matches(text))
        {
            if (Months.TryGetValue(match.Groups["month"].Value, out var month) && Date(match, month) is { } date)
            {
                yield return (date, match.Index, match.Length);
            }
        }

        foreach (Match match in YearMonthDaySigns().Matches(text))
        {
            if (int.TryParse(match.Groups["month"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
                && Date(match, month) is { } date)
            {
                yield return (date, match.Index, match.Length);
            }
        }
    }

    private static DateOnly? Date(Match match, int month)
        => int.TryParse(match.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && int.TryParse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    // A day (with the German ordinal dot or the French "1er"), "de" between the parts as Spanish and Portuguese write
    // them, the month's whole name, and a four-digit year. The input is a short dateline and the match is timed out besides.
    [GeneratedRegex(
        @"\b(?<day>\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?(?<month>januar|jänner|janvier|enero|gennaio|janeiro|januari|februar|février|fevrier|febrero|febbraio|fevereiro|februari|märz|maerz|mars|marts|marzo|março|marco|maart|april|avril|abril|aprile|mai|maj|mayo|maggio|maio|mei|juni|juin|junio|giugno|junho|juli|juillet|julio|luglio|julho|august|août|aout|agosto|augustus|augusti|september|septembre|septiembre|setiembre|settembre|setembro|oktober|octobre|octubre|ottobre|outubro|november|novembre|noviembre|novembro|dezember|décembre|decembre|diciembre|dicembre|dezembro|december|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b\.?,?\s+(?:de\s+|del\s+)?(?<year>(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex DayMonthYear();

    // Year, month and day each followed by its sign: 年月日 in Chinese and Japanese, 년월일 in Korean.
    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})\s*[年년]\s*(?<month>\d{1,2})\s*[月월]\s*(?<day>\d{1,2})\s*[日일]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex YearMonthDaySigns();
}
