namespace Ingest.Normalizers.Dates;

/// <content>Counted weekdays: "two sundays from now", "3 Mondays later", "two Fridays ago".</content>
internal sealed partial class DateParser
{
    /// <summary>The largest count of weekdays read as an offset; "fifty Sundays from now" is not how dates are written.</summary>
    private const int MaxCountedWeekdays = 10;

    /// <summary>
    /// "two sundays from now": the second such weekday after the reference date ("ago" counts back). Only with an
    /// explicit anchor (from now, from today, later, hence, ago), so "two Sundays a month" stays a frequency.
    /// </summary>
    private bool RuleCountedWeekday(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        int count;
        int k;
        if (IsNumber(i))
        {
            if (_tokens[i].Has(TokenFlags.Ordinal) || _tokens[i].Digits > 2)
            {
                return false;
            }

            count = _tokens[i].Value;
            k = i + 1;
        }
        else if (!IsWord(i, WordClass.Cardinal) || !NumberWords(i, out count, out k, out var ordinal) || ordinal)
        {
            return false;
        }

        if (count is < 1 or > MaxCountedWeekdays || !IsWord(k, WordClass.Weekday))
        {
            return false;
        }

        var weekday = _tokens[k].Value;
        var a = k + 1;
        int direction;
        var anchorOffset = 0;
        if (IsKeyword(a, DateKeyword.Later) || IsKeyword(a, DateKeyword.Hence))
        {
            direction = 1;
            end = a + 1;
        }
        else if (IsKeyword(a, DateKeyword.Ago) || IsKeyword(a, DateKeyword.Earlier))
        {
            direction = -1;
            end = a + 1;
        }
        else if (IsKeyword(a, DateKeyword.From) && (IsKeyword(a + 1, DateKeyword.Now) || IsWord(a + 1, WordClass.Reference)))
        {
            direction = 1;
            anchorOffset = IsWord(a + 1, WordClass.Reference) ? _tokens[a + 1].Value : 0;
            end = a + 2;
        }
        else
        {
            return false;
        }

        if (_ref is not { } r)
        {
            spec = DateSpec.Point(DateGrain.Day);
            spec.Weekday = weekday;
            return true;
        }

        // The first such weekday strictly after (or before) the anchor day, then whole weeks on from it.
        var anchor = r.AddDays(anchorOffset);
        var anchorWeekday = (((int)anchor.DayOfWeek + 6) % 7) + 1;
        var step = direction > 0 ? (weekday - anchorWeekday + 7) % 7 : (anchorWeekday - weekday + 7) % 7;
        if (step == 0)
        {
            step = 7;
        }

        var day = anchor.AddDays(direction * (step + (7 * (count - 1))));
        spec = DateSpec.OnDay(day, Relative, _refSource);
        return true;
    }
}
