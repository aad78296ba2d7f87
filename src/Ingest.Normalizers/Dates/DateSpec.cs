namespace Ingest.Normalizers.Dates;

/// <summary>
/// A parsed date value before it is written out: the calendar fields the text gave or the resolver filled in
/// (unknown fields are <see cref="Unknown"/>), or a duration's amounts.
/// </summary>
internal struct DateSpec
{
    public const int Unknown = int.MinValue;

    public DateSpecType Type;
    public DateGrain Grain;
    public int Year;
    public int Month;
    public int Day;
    public int Week;
    public int Weekday;
    public int Season;
    public int Quarter;
    public int Half;
    public int Decade;
    public int Century;
    public bool Weekend;
    public bool YearMissing;
    public bool YearStated;
    public int NthWeekday;

    // "the third week of July": the week counted within Month (-1 the last), turned into an ISO week once the year is known.
    public int WeekOfMonth;

    // "the week of February 4": the stated day stands for the ISO week holding it.
    public bool WeekContaining;

    // A part of the stated day (1 morning, 2 afternoon, 3 evening, 4 night), or 0.
    public int PartOfDay;

    // A time of day on the stated day (a date-time), or alone when Grain is Time.
    public ClockTime Clock;

    // A recurring time (TIMEX3 SET): "every Monday", "daily", "3pm each day".
    public bool IsSet;
    public int Reference;
    public DateInferredParts Inferred;
    public DateInferenceSource InferredFrom;

    // The other reading's TIMEX value, as a number the parser gives it (see DateParser.KeepAlternative), 0 for none:
    // a string field here would make every clear and copy of this struct, once per rule tried, a loop of pointer-sized
    // stores and a write-barrier call instead of a few vector moves.
    public int Alternative;

    // Duration amounts; Vague marks an unstated amount (PXY).
    public double Years;
    public double Months;
    public double Weeks;
    public double Days;
    public double Hours;
    public double Minutes;
    public double Seconds;
    public bool Vague;
    public DateUnit VagueUnit;
    public bool BusinessDays;
    public DateOnly? AnchorStart;
    public DateOnly? AnchorEnd;

    public static DateSpec Point(DateGrain grain) => new()
    {
        Type = DateSpecType.Point,
        Grain = grain,
        Year = Unknown,
        Decade = Unknown,
        Century = Unknown,
    };

    public static DateSpec TimeOfDay(in ClockTime clock, int partOfDay) => new()
    {
        Type = DateSpecType.Point,
        Grain = DateGrain.Time,
        Year = Unknown,
        Decade = Unknown,
        Century = Unknown,
        Clock = clock,
        PartOfDay = partOfDay,
    };

    public static DateSpec Duration() => new()
    {
        Type = DateSpecType.Duration,
        Year = Unknown,
        Decade = Unknown,
        Century = Unknown,
    };

    public static DateSpec OnDay(DateOnly date, DateInferredParts inferred, DateInferenceSource from) => new()
    {
        Type = DateSpecType.Point,
        Grain = DateGrain.Day,
        Year = date.Year,
        Month = date.Month,
        Day = date.Day,
        Decade = Unknown,
        Century = Unknown,
        Inferred = inferred,
        InferredFrom = from,
    };

    public readonly bool IsEmpty => Type == DateSpecType.None;

    public readonly bool HasUnitAmounts => Years != 0 || Months != 0 || Weeks != 0 || Days != 0 || Hours != 0 || Minutes != 0 || Seconds != 0;
}
