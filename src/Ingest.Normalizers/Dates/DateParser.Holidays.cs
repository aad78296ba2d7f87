namespace Ingest.Normalizers.Dates;

/// <content>
/// Named holidays ("Christmas", "Thanksgiving 2010", "Father's Day", "Easter Sunday 2018"): the name is looked up in
/// <see cref="HolidayTable"/> by its letters, a year after it is the holiday's year, else the reference year.
/// </content>
internal sealed partial class DateParser
{
    private const int MaxHolidayWords = 5;

    private readonly HolidayTable _holidays = HolidayTable.English;

    private bool RuleHoliday(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        // A capitalised qualifier names another calendar's day ("Islamic New Year", "Orthodox Christmas").
        if (!IsPlainWord(i) || !_tokens[i].Has(TokenFlags.HolidayStart) || (IsPlainWord(i - 1) && Upper(i - 1) && !_tokens[i - 1].Has(TokenFlags.SentenceStart)))
        {
            return false;
        }

        if (!LongestHolidayName(i, out var rule, out end))
        {
            return false;
        }

        var k = IsSymbol(end, ',') || IsKeyword(end, DateKeyword.Of) ? end + 1 : end;
        if (YearAt(k, false, false, out var year, out var yearEnd))
        {
            spec = DateSpec.OnDay(rule.In(year), DateInferredParts.None, DateInferenceSource.None);
            spec.YearStated = true;
            end = yearEnd;
            return true;
        }

        if (_ref is { } r)
        {
            spec = DateSpec.OnDay(rule.In(r.Year), DateInferredParts.Year, _refSource);
            return true;
        }

        spec = DateSpec.Point(DateGrain.Day);
        spec.Month = rule.Kind is HolidayRuleKind.Fixed or HolidayRuleKind.NthWeekday ? rule.Month : 0;
        spec.Day = rule.Kind == HolidayRuleKind.Fixed ? rule.Day : 0;
        spec.Weekday = rule.Kind == HolidayRuleKind.NthWeekday && rule.Offset == 0 ? rule.Weekday : 0;
        spec.NthWeekday = spec.Weekday > 0 ? rule.Nth : 0;
        return rule.Kind == HolidayRuleKind.Fixed || spec.Weekday > 0;
    }

    /// <summary>The longest run of words from <paramref name="i"/> whose letters name a holiday ("thanks giving day").</summary>
    private bool LongestHolidayName(int i, out HolidayRule rule, out int end)
    {
        rule = default;
        end = i;
        Span<char> letters = stackalloc char[HolidayTable.MaxKeyLength];
        var length = 0;
        var words = 0;
        for (var k = i; k < _tokenCount && words < MaxHolidayWords; k++)
        {
            if (IsSymbol(k, '\'') || IsSymbol(k, '’'))
            {
                continue;
            }

            if (_tokens[k].Kind != TokenKind.Word || length + _tokens[k].Length > letters.Length)
            {
                break;
            }

            Text(k).CopyTo(letters[length..]);
            length += _tokens[k].Length;
            words++;
            if (_holidays.TryGet(letters[..length], out var found))
            {
                rule = found;
                end = k + 1;
            }
        }

        return end > i;
    }
}
