using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Calendar dates written out day first with the month's name in German, French, Spanish, Italian, Portuguese, Dutch
/// or the Scandinavian languages ("5. März 2024", "5 mars 2024", "5 de marzo de 2024"), as news pages in those
/// languages show them beside the headline. Those languages write the day before the month, so only that order is read.
/// </summary>
internal static partial class ForeignDates
{
    // Each month's names across the languages; a spelling shared by several ("mars", "mai", "april") means the same month.
    private static readonly string[][] MonthNames =
    [
        ["januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"],
        ["februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"],
        ["märz", "maerz", "mars", "marts", "marzo", "março", "marco", "maart"],
        ["april", "avril", "abril", "aprile"],
        ["mai", "maj", "mayo", "maggio", "maio", "mei"],
        ["juni", "juin", "junio", "giugno", "junho"],
        ["juli", "juillet", "julio", "luglio", "julho"],
        ["august", "août", "aout", "agosto", "augustus", "augusti"],
        ["september", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
        ["oktober", "octobre", "octubre", "ottobre", "outubro"],
        ["november", "novembre", "noviembre", "novembro"],
        ["dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "december"],
    ];

    private static readonly Dictionary<string, int> Months = MonthNames
        .SelectMany((names, i) => names.Select(name => (name, month: i + 1)))
        .ToDictionary(m => m.name, m => m.month, StringComparer.OrdinalIgnoreCase);

    /// <summary>The dates written this way in <paramref name="text"/>, with where each stands, in order.</summary>
    public static IEnumerable<(DateOnly Date, int Index, int Length)> Find(string text)
    {
        foreach (Match match in DayMonthYear().Matches(text))
        {
            if (Months.TryGetValue(match.Groups["month"].Value, out var month)
                && int.TryParse(match.Groups["day"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && int.TryParse(match.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                yield return (new DateOnly(year, month, day), match.Index, match.Length);
            }
        }
    }

    // A day (with the German ordinal dot or the French "1er"), "de" between the parts as Spanish and Portuguese write
    // them, the month's whole name, and a four-digit year. The input is a short dateline and the match is timed out besides.
    [GeneratedRegex(
        @"\b(?<day>\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?(?<month>januar|jänner|janvier|enero|gennaio|janeiro|januari|februar|février|fevrier|febrero|febbraio|fevereiro|februari|märz|maerz|mars|marts|marzo|março|marco|maart|april|avril|abril|aprile|mai|maj|mayo|maggio|maio|mei|juni|juin|junio|giugno|junho|juli|juillet|julio|luglio|julho|august|août|aout|agosto|augustus|augusti|september|septembre|septiembre|setiembre|settembre|setembro|oktober|octobre|octubre|ottobre|outubro|november|novembre|noviembre|novembro|dezember|décembre|decembre|diciembre|dicembre|dezembro|december)\b\.?,?\s+(?:de\s+|del\s+)?(?<year>(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex DayMonthYear();
}
