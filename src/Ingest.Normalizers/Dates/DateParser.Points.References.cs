namespace Ingest.Normalizers.Dates;

/// <content>Calendar points named relative to today: today, tomorrow, yesterday, the day before yesterday, now in ranges.</content>
internal sealed partial class DateParser
{
    /// <summary>today, tomorrow, yesterday, the day before yesterday, the day after tomorrow, now (in ranges).</summary>
    private bool RuleReference(int i, bool inRange, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var offset = 0;
        var j = SkipThe(i);
        if (j > i && IsKeyword(j, DateKeyword.Future) && IsKeyword(i - 1, DateKeyword.In) && _options.IncludeReferences)
        {
            // "in the future": a vague reference, not a date.
            spec = new DateSpec { Type = DateSpecType.Reference, Reference = 1, Year = DateSpec.Unknown, Decade = DateSpec.Unknown, Century = DateSpec.Unknown };
            end = j + 1;
            return true;
        }

        if (IsWord(j, WordClass.Unit) && _tokens[j].Value == (int)DateUnit.Day && (IsKeyword(j + 1, DateKeyword.Before) || IsKeyword(j + 1, DateKeyword.After)) && IsWord(j + 2, WordClass.Reference))
        {
            offset = (IsKeyword(j + 1, DateKeyword.Before) ? -1 : 1) + _tokens[j + 2].Value;
            end = j + 3;
        }
        else if (IsWord(i, WordClass.Reference))
        {
            offset = _tokens[i].Value;
            end = i + 1;
        }
        else if (inRange && IsKeyword(i, DateKeyword.Now))
        {
            end = i + 1;
        }
        else
        {
            return false;
        }

        if (_ref is { } r)
        {
            spec = DateSpec.OnDay(r.AddDays(offset), Relative, _refSource);

            // "tonight" is the night of the reference day (TIMEX3 TNI).
            spec.PartOfDay = TextIs(i, "tonight") ? DayPart.Night : DayPart.None;
        }
        else if (offset == 0)
        {
            if (!_options.IncludeReferences)
            {
                return false;
            }

            spec = new DateSpec { Type = DateSpecType.Reference, Year = DateSpec.Unknown, Decade = DateSpec.Unknown, Century = DateSpec.Unknown };
        }
        else
        {
            spec = DateSpec.Point(DateGrain.Day);
        }

        return true;
    }
}
