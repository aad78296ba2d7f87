using System.Globalization;

namespace Ingest.Normalizers.Dates;

/// <content>Calendar points named by their label: the week of May 3, decades in words, labelled quarters and halves.</content>
internal sealed partial class DateParser
{
    /// <summary>"the week of November 30th", "the week commencing February 4", "w/c Feb 4": the stated day.</summary>
    private bool RuleWeekOf(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var week = true;
        if (TextIs(j, "w") && IsSymbol(j + 1, '/') && TextIs(j + 2, "c"))
        {
            j += 3;
        }
        else if (IsWord(j, WordClass.Unit) && _tokens[j].Value is (int)DateUnit.Week or (int)DateUnit.Month && !IsPlural(j))
        {
            week = _tokens[j].Value == (int)DateUnit.Week;
            j++;
            if (IsKeyword(j, DateKeyword.Of))
            {
                j++;
            }
            else if (TextIs(j, "commencing") || TextIs(j, "starting") || TextIs(j, "beginning"))
            {
                j++;
                if (IsKeyword(j, DateKeyword.On))
                {
                    j++;
                }
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if ((RuleMonthFirst(j, false, out var e, out var s) || RuleDayFirst(j, false, out e, out s)) && s.Grain == DateGrain.Day)
        {
            spec = s;
            spec.WeekContaining = week;
            end = e;
            ToContainingWeek(ref spec);
            return true;
        }

        return false;
    }

    /// <summary>"the week of February 4": once its day is resolved, the ISO week holding it.</summary>
    private static void ToContainingWeek(ref DateSpec spec)
    {
        if (!spec.WeekContaining || spec.YearMissing || spec.Year is < 1 or > 9998 || spec.Month == 0 || !ValidDay(spec.Year, spec.Month, spec.Day))
        {
            return;
        }

        var day = new DateTime(spec.Year, spec.Month, spec.Day, 0, 0, 0, DateTimeKind.Unspecified);
        spec.Grain = DateGrain.Week;
        spec.Year = ISOWeek.GetYear(day);
        spec.Week = ISOWeek.GetWeekOfYear(day);
        spec.Month = 0;
        spec.Day = 0;
        spec.WeekContaining = false;

        // The other reading names a day, not a week; it no longer describes this value.
        spec.Alternative = 0;
    }

    /// <summary>"the seventies", "the nineteen seventies".</summary>
    private bool RuleDecadeWords(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        var j = SkipThe(i);
        var century = 19;
        var assumed = true;
        if (IsWord(j, WordClass.Cardinal) && _tokens[j].Value is >= 10 and <= 20 && IsWord(j + 1, WordClass.DecadeWord))
        {
            century = _tokens[j].Value;
            assumed = false;
            j++;
        }

        if (!IsWord(j, WordClass.DecadeWord) || j == i)
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Decade);
        spec.Decade = _tokens[j].Value == 0 ? 200 : (century * 10) + _tokens[j].Value;
        if (assumed)
        {
            spec.Inferred = DateInferredParts.Century;
            spec.InferredFrom = DateInferenceSource.Assumption;
        }

        end = j + 1;
        return true;
    }

    /// <summary>"week 10", "Q3 2016", "H1 2016", "year 247".</summary>
    private bool RuleLabelled(int i, out int end, out DateSpec spec)
    {
        end = i;
        spec = default;
        if (IsWord(i, WordClass.Unit) && _tokens[i].Value == (int)DateUnit.Week && IsNumber(i + 1) && _tokens[i + 1].Value is >= 1 and <= 53 && _tokens[i + 1].Digits <= 2 && Upper(i))
        {
            spec = DateSpec.Point(DateGrain.Week);
            spec.Week = _tokens[i + 1].Value;
            end = i + 2;
            if (YearAt(end, false, false, out var y, out var ye))
            {
                spec.Year = y;
                spec.YearStated = true;
                end = ye;
            }
            else if (_ref is { } r)
            {
                spec.Year = r.Year;
                spec.Inferred = DateInferredParts.Year;
                spec.InferredFrom = _refSource;
            }

            return true;
        }

        if (IsWord(i, WordClass.Unit) && _tokens[i].Value == (int)DateUnit.Week && IsNumber(i + 1) && _tokens[i + 1].Value is >= 1 and <= 53 && _tokens[i + 1].Digits <= 2)
        {
            spec = DateSpec.Point(DateGrain.Week);
            spec.Week = _tokens[i + 1].Value;
            end = i + 2;
            if (_ref is { } r)
            {
                spec.Year = r.Year;
                spec.Inferred = DateInferredParts.Year;
                spec.InferredFrom = _refSource;
            }

            return Boundary(end) || IsNumber(end);
        }

        if (IsWord(i, WordClass.Cardinal) && (IsKeyword(i - 1, DateKeyword.In) || IsKeyword(i - 1, DateKeyword.Since) || IsKeyword(i - 1, DateKeyword.From) || IsKeyword(i - 1, DateKeyword.Until))
            && YearAt(i, false, true, out var wordYear, out var wordYearEnd) && wordYearEnd > i + 1 && !IsWord(wordYearEnd, WordClass.Unit))
        {
            spec = DateSpec.Point(DateGrain.Year);
            spec.Year = wordYear;
            spec.YearStated = true;
            end = wordYearEnd;
            return true;
        }

        if (IsWord(i, WordClass.Unit) && _tokens[i].Value == (int)DateUnit.Year && (IsNumber(i + 1) || IsWord(i + 1, WordClass.Cardinal)))
        {
            if (IsNumber(i + 1) && _tokens[i + 1].Digits <= 4 && !_tokens[i + 1].Has(TokenFlags.Ordinal) && Boundary(i + 2))
            {
                spec = DateSpec.Point(DateGrain.Year);
                spec.Year = _tokens[i + 1].Value;
                spec.YearStated = true;
                end = i + 2;
                return spec.Year >= 1;
            }

            if (NumberWords(i + 1, out var v, out var e, out var ordinal) && !ordinal && v is >= 1 and <= 9999 && e > i + 2)
            {
                spec = DateSpec.Point(DateGrain.Year);
                spec.Year = v;
                spec.YearStated = true;
                end = e;
                return true;
            }
        }

        var j = i;
        int q;
        bool half;
        if ((IsKeyword(j, DateKeyword.Q) || TextIs(j, "H")) && IsNumber(j + 1) && IsJoinedToPrevious(j + 1) && _tokens[j + 1].Digits == 1 && Upper(j))
        {
            half = TextIs(j, "H");
            q = _tokens[j + 1].Value;
            end = j + 2;
        }
        else
        {
            return false;
        }

        if (q < 1 || q > (half ? 2 : 4) || (end < _tokenCount && _tokens[end].Kind != TokenKind.Symbol && !_tokens[end].Has(TokenFlags.SpaceBefore)))
        {
            return false;
        }

        spec = DateSpec.Point(DateGrain.Quarter);
        if (half)
        {
            spec.Half = q;
        }
        else
        {
            spec.Quarter = q;
        }

        if (YearAt(end, false, false, out var qy, out var qe))
        {
            spec.Year = qy;
            spec.YearStated = true;
            end = qe;
        }
        else if (RelativeYearAt(end, out var ry, out var re))
        {
            spec.Year = ry;
            end = re;
            MarkRelativeYear(ref spec);
        }
        else
        {
            if (half)
            {
                return false;
            }

            spec.YearMissing = true;
        }

        return true;
    }
}
