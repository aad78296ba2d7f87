namespace Ingest.Normalizers.Dates;

/// <content>Resolving year-less and weekday dates the way a careful news reader does, and writing the entities.</content>
internal sealed partial class DateParser
{
    private void ResolveAndEmit(IList<Entity> output)
    {
        var anchorYear = DateSpec.Unknown;
        for (var m = 0; m < _matches.Count; m++)
        {
            var match = _matches[m];
            if (match.IsRange)
            {
                var (startClock, finishClock) = (match.Start.Clock, match.Finish.Clock);
                ResolveRange(ref match, anchorYear);
                (match.Start.Clock, match.Finish.Clock) = (startClock, finishClock);
            }
            else if (match.Start.Type == DateSpecType.Point && match.Start.YearMissing && !match.Start.IsSet)
            {
                var week = match.Start.WeekContaining;
                var part = match.Start.PartOfDay;
                var clock = match.Start.Clock;
                Resolve(ref match.Start, match.First, anchorYear);
                match.Start.WeekContaining = week;
                match.Start.PartOfDay = part;
                match.Start.Clock = clock;
                ToContainingWeek(ref match.Start);
            }

            var last = match.IsRange ? match.Finish : match.Start;
            if (last.YearStated && last.Type == DateSpecType.Point && last.Grain is DateGrain.Day or DateGrain.Month or DateGrain.Season or DateGrain.Week)
            {
                anchorYear = last.Year;
            }

            if (last.Type == DateSpecType.Point && last.Grain == DateGrain.Day && TimexFormatter.Bounds(last).Earliest is { } day)
            {
                _lastDay = day;
            }

            Emit(match, output);
        }
    }

    /// <summary>Resolves the year-less ends of a range, the end first, the start from it.</summary>
    private void ResolveRange(ref DateMatch match, int anchorYear)
    {
        var finishWeekday = match.Finish.Weekday > 0 && match.Finish.Day == 0;
        ResolveRangeEnds(ref match, anchorYear);

        // "from next Monday to Friday": a weekday end is the first such day on or after the start, never before it.
        if (finishWeekday && TimexFormatter.Bounds(match.Start).Earliest is { } start && TimexFormatter.Bounds(match.Finish).Earliest is { } finish && finish < start)
        {
            var weeks = ((start.DayNumber - finish.DayNumber) + 6) / 7;
            match.Finish = DateSpec.OnDay(finish.AddDays(7 * weeks), Relative, _refSource);
        }
    }

    private void ResolveRangeEnds(ref DateMatch match, int anchorYear)
    {
        var weekdayRange = match.Start.Weekday > 0 && match.Start.Day == 0 && match.Finish.Weekday > 0 && match.Finish.Day == 0;
        if (match.Finish.YearMissing && !weekdayRange)
        {
            Resolve(ref match.Finish, match.First, anchorYear);
            if (match.Start.YearMissing && match.Finish.Year != DateSpec.Unknown && match.Start.Month > 0)
            {
                match.Start.Year = Before(match.Start, match.Finish) ? match.Finish.Year : match.Finish.Year - 1;
                match.Start.YearMissing = false;
                match.Start.Inferred |= DateInferredParts.Year;
                match.Start.InferredFrom = match.Finish.InferredFrom;
            }
        }

        if (match.Start.YearMissing)
        {
            var weekdays = match.Start.Weekday > 0 && match.Start.Day == 0 && match.Finish.Weekday > 0 && match.Finish.Day == 0;
            Resolve(ref match.Start, match.First, anchorYear);
            if (weekdays && TimexFormatter.Bounds(match.Start).Earliest is { } from)
            {
                // "from Tuesday to Thursday" runs forward from the first day.
                var to = ((match.Finish.Weekday - 1) - (((int)from.DayOfWeek + 6) % 7) + 7) % 7;
                match.Finish = DateSpec.OnDay(from.AddDays(to), Relative, _refSource);
            }
        }
    }

    private void Resolve(ref DateSpec spec, int tokenIndex, int anchorYear)
    {
        spec.YearMissing = false;
        var month = MonthOf(spec);

        // A month is stated: an earlier full date in the paragraph gives the year ("In August 1918 … on 14 September").
        if (month > 0 && anchorYear != DateSpec.Unknown && _options.InferFromEarlierDates)
        {
            spec.Year = anchorYear;
            spec.Inferred |= DateInferredParts.Year;
            spec.InferredFrom = DateInferenceSource.EarlierDate;
            if (spec.NthWeekday != 0)
            {
                ResolveNthWeekday(ref spec);
            }

            ResolveWeekOfMonth(ref spec);
            return;
        }

        if (_ref is not { } r)
        {
            return;
        }

        var tense = TenseAt(tokenIndex);
        if (spec.Grain == DateGrain.Day && spec.Month == 0 && spec.Day == 0 && spec.Weekday > 0)
        {
            // "on Monday": the nearest such day consistent with the tense (news reports default to the past).
            var today = ((int)r.DayOfWeek + 6) % 7 + 1;
            var back = (today - spec.Weekday + 7) % 7;
            var ahead = (spec.Weekday - today + 7) % 7;
            var past = r.AddDays(-back);
            var future = r.AddDays(ahead == 0 ? 7 : ahead);
            Choose(ref spec, past, future, tense > 0);
            return;
        }

        if (spec.Grain == DateGrain.Day && spec.Month == 0 && spec.Day > 0)
        {
            if (spec.Weekday > 0)
            {
                // "Friday the 22nd": the month nearest the reference date where the 22nd is a Friday.
                for (var distance = 0; distance < 24; distance++)
                {
                    var offset = (distance % 2 == 0 ? -1 : 1) * ((distance + 1) / 2);
                    var candidate = new DateOnly(r.Year, r.Month, 1).AddMonths(offset);
                    if (spec.Day <= DateTime.DaysInMonth(candidate.Year, candidate.Month)
                        && ((int)new DateOnly(candidate.Year, candidate.Month, spec.Day).DayOfWeek + 6) % 7 + 1 == spec.Weekday)
                    {
                        spec.Year = candidate.Year;
                        spec.Month = candidate.Month;
                        spec.Weekday = 0;
                        spec.Inferred |= DateInferredParts.Year | DateInferredParts.Month;
                        spec.InferredFrom = _refSource;
                        return;
                    }
                }

                return;
            }

            var thisMonth = new DateOnly(r.Year, r.Month, 1);
            var pastMonth = spec.Day <= r.Day ? thisMonth : thisMonth.AddMonths(-1);
            var futureMonth = spec.Day <= r.Day ? thisMonth.AddMonths(1) : thisMonth;
            if (spec.Day > DateTime.DaysInMonth(pastMonth.Year, pastMonth.Month) || spec.Day > DateTime.DaysInMonth(futureMonth.Year, futureMonth.Month))
            {
                return;
            }

            Choose(ref spec, new DateOnly(pastMonth.Year, pastMonth.Month, spec.Day), new DateOnly(futureMonth.Year, futureMonth.Month, spec.Day), tense > 0, tense < 0);
            return;
        }

        if (month == 0)
        {
            return;
        }

        // A month (and day) without a year: the most recent one not after the reference date in a past-tense report,
        // the next one in a future-tense one, else the nearer.
        var day = spec.Grain == DateGrain.Day && spec.Day > 0 ? spec.Day : 1;
        var pastYear = month < r.Month || (month == r.Month && day <= r.Day) || (month == r.Month && spec.Grain != DateGrain.Day) ? r.Year : r.Year - 1;
        var futureYear = pastYear == r.Year ? r.Year + 1 : r.Year;
        var pastDate = SafeDate(pastYear, month, day);
        var futureDate = SafeDate(futureYear, month, day);
        var useFuture = tense > 0 || (tense == 0 && (futureDate.DayNumber - r.DayNumber) < (r.DayNumber - EndOf(spec, pastYear).DayNumber));
        if (spec.Grain != DateGrain.Day && month == r.Month)
        {
            useFuture = false;
        }

        if (spec.Grain == DateGrain.Day && spec.Day > 0 && !ValidDay(useFuture ? futureYear : pastYear, month, spec.Day))
        {
            // "Feb 29" in a year without one: keep it unresolved rather than invent a day.
            spec.YearMissing = false;
            return;
        }

        spec.Year = useFuture ? futureYear : pastYear;
        spec.Inferred |= DateInferredParts.Year;
        spec.InferredFrom = _refSource;
        var alternative = spec;
        alternative.Year = useFuture ? pastYear : futureYear;
        alternative.Alternative = 0;
        if (spec.NthWeekday != 0)
        {
            ResolveNthWeekday(ref spec);
            ResolveNthWeekday(ref alternative);
        }

        ResolveWeekOfMonth(ref spec);
        ResolveWeekOfMonth(ref alternative);

        if (spec.Alternative == 0)
        {
            spec.Alternative = KeepAlternative(TimexFormatter.Format(_timex, alternative));
        }
    }

    private static DateOnly SafeDate(int year, int month, int day)
    {
        year = Math.Clamp(year, 1, 9999);
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    private static DateOnly EndOf(in DateSpec spec, int year)
    {
        var probe = spec;
        probe.Year = year;
        var (_, latest) = TimexFormatter.Bounds(probe);
        return latest ?? SafeDate(year, Math.Max(1, MonthOf(spec)), 1);
    }

    private void Choose(ref DateSpec spec, DateOnly past, DateOnly future, bool preferFuture, bool preferPast = true)
    {
        var r = _ref!.Value;
        var useFuture = preferFuture || (!preferPast && future.DayNumber - r.DayNumber < r.DayNumber - past.DayNumber);
        var chosen = useFuture ? future : past;
        var other = useFuture ? past : future;
        var inferred = spec.Month == 0 ? Relative : DateInferredParts.Year;
        spec = DateSpec.OnDay(chosen, inferred, _refSource);
        spec.Alternative = KeepAlternative(FormatDay(other));
    }

    private void Emit(in DateMatch match, IList<Entity> output)
    {
        var first = _tokens[match.First].Start;
        var lastToken = _tokens[match.End - 1];
        var length = lastToken.Start + lastToken.Length - first;
        var text = _source.Substring(first, length);
        string value;
        DateKind kind;
        DateGrain grain;
        DateOnly? earliest;
        DateOnly? latest;
        var inferred = match.Start.Inferred | (match.IsRange ? match.Finish.Inferred : DateInferredParts.None);
        var from = match.Start.InferredFrom != DateInferenceSource.None ? match.Start.InferredFrom : match.IsRange ? match.Finish.InferredFrom : DateInferenceSource.None;
        string[] alternatives = AlternativeOf(match.Start) is { } alt ? [alt] : [];
        if (match.IsRange)
        {
            value = TimexFormatter.FormatRange(_timex, match.Start, match.Finish);
            kind = DateKind.Range;
            grain = match.Start.Grain < match.Finish.Grain ? match.Start.Grain : match.Finish.Grain;
            earliest = TimexFormatter.Bounds(match.Start).Earliest;
            latest = TimexFormatter.Bounds(match.Finish).Latest;
            if (AlternativeOf(match.Start) is { } yearMonth && match.Start.Grain == DateGrain.Year)
            {
                alternatives = [yearMonth];
            }
            else
            {
                alternatives = [];
            }
        }
        else
        {
            value = TimexFormatter.Format(_timex, match.Start);
            kind = match.Start.Type switch
            {
                _ when match.Start.IsSet => DateKind.Set,
                DateSpecType.Duration => DateKind.Duration,
                DateSpecType.Reference => DateKind.Reference,
                _ => DateKind.Date,
            };
            grain = match.Start.Type == DateSpecType.Reference ? DateGrain.None : match.Start.Clock.IsSet ? DateGrain.Time : match.Start.Grain;
            (earliest, latest) = TimexFormatter.Bounds(match.Start);
        }

        output.Add(new DateEntity(first, length, text, value, kind, grain, earliest, latest, inferred, inferred == DateInferredParts.None ? DateInferenceSource.None : from, alternatives));
    }
}
