namespace Ingest.Normalizers.Dates;

/// <content>
/// Which point rules can start at a token, read from each rule's first test: most tokens that reach the parser can
/// open only a few of the nineteen rules, and function words such as "of", "and", "for" and "over" open none.
/// </content>
internal sealed partial class DateParser
{
    private const PointRules NumberRules = PointRules.DayFirst | PointRules.Numeric | PointRules.OrdinalUnit | PointRules.CountedWeekday | PointRules.Time;

    // After "the" or "my" (SkipThe); "the" alone also opens day-first dates and "the evening".
    private const PointRules DeterminerRules = PointRules.Reference | PointRules.Relative | PointRules.MonthFirst | PointRules.DayFirst | PointRules.Numeric
        | PointRules.OrdinalUnit | PointRules.Season | PointRules.DecadeWords | PointRules.WeekOf | PointRules.PartOfDayAlone;

    // Plain words: "twice", holiday names, "right now", "the final week" without "the", "w/c".
    private const PointRules PlainWordRules = PointRules.Set | PointRules.Holiday | PointRules.Present | PointRules.OrdinalUnit | PointRules.WeekOf;

    private const PointRules UnitRules = PointRules.Reference | PointRules.Relative | PointRules.MonthFirst | PointRules.Labelled | PointRules.WeekOf | PointRules.Time;

    private const PointRules CardinalRules = PointRules.DayFirst | PointRules.OrdinalUnit | PointRules.DecadeWords | PointRules.Labelled | PointRules.CountedWeekday | PointRules.Time;

    private static bool Has(PointRules rules, PointRules rule) => (rules & rule) != 0;

    /// <summary>The point rules that can match at token <paramref name="i"/>; all of them past the end of the line.</summary>
    private PointRules PointRulesAt(int i)
    {
        if (i >= _tokenCount)
        {
            return PointRules.All;
        }

        ref readonly var token = ref _tokens[i];
        return token.Kind switch
        {
            TokenKind.Number => NumberRules,
            TokenKind.Symbol => token.Symbol == '\'' ? PointRules.Numeric : PointRules.None,
            _ => WordRules(i, token.Class, token.Value),
        };
    }

    private PointRules WordRules(int i, WordClass wordClass, int value) => wordClass switch
    {
        WordClass.None => PlainWordRules,
        WordClass.Keyword => KeywordRules(i, (DateKeyword)value),
        WordClass.Month => PointRules.MonthFirst,
        WordClass.Weekday => PointRules.Set | PointRules.Weekday,
        WordClass.Season => PointRules.Season,
        WordClass.Unit => UnitRules,
        WordClass.Cardinal => CardinalRules,
        WordClass.Ordinal => PointRules.DayFirst | PointRules.OrdinalUnit | PointRules.Time,
        WordClass.Relative => PointRules.Relative | PointRules.PartOfDay | PointRules.OrdinalUnit,
        WordClass.Reference => PointRules.Reference,
        WordClass.PartOfDay => PointRules.Set | PointRules.Time,
        WordClass.Clock => PointRules.Time,
        WordClass.Every or WordClass.Periodic => PointRules.Set,
        _ => PointRules.All,
    };

    /// <summary>The point rules that read a function word as their first token; "the" and "my" only before a word that can carry a point.</summary>
    private PointRules KeywordRules(int i, DateKeyword keyword) =>
        keyword is DateKeyword.The or DateKeyword.My && !MayFollowDeterminer(i + 1) ? PointRules.None : KeywordPointRules(keyword);

    /// <summary>
    /// The point rules a function word can open, whatever follows it: the one list of point-starting keywords, which
    /// <see cref="KeywordStartsAny"/> reads too, so a keyword added here is never rejected before its rule runs.
    /// </summary>
    private static PointRules KeywordPointRules(DateKeyword keyword) => keyword switch
    {
        DateKeyword.The or DateKeyword.My => DeterminerRules,
        DateKeyword.Once or DateKeyword.On => PointRules.Set,
        DateKeyword.In or DateKeyword.A or DateKeyword.Half => PointRules.Time,
        DateKeyword.At or DateKeyword.Currently => PointRules.Present,
        DateKeyword.Now => PointRules.Reference | PointRules.Present,
        DateKeyword.Mid => PointRules.Modifier | PointRules.Season | PointRules.Time,
        DateKeyword.Early or DateKeyword.Late or DateKeyword.Later or DateKeyword.Earlier
            or DateKeyword.Beginning or DateKeyword.End or DateKeyword.Start or DateKeyword.Middle => PointRules.Modifier,
        DateKeyword.That or DateKeyword.Same => PointRules.Relative,
        DateKeyword.Q => PointRules.Labelled,
        _ => PointRules.None,
    };

    /// <summary>
    /// Whether token <paramref name="j"/>, after "the" or "my", can carry a point: digits, the apostrophe of '90s, any
    /// classified word, or the plain words the rules test by spelling ("the final week", "the w/c 4 May").
    /// </summary>
    private bool MayFollowDeterminer(int j)
    {
        if (j >= _tokenCount)
        {
            return true;
        }

        ref readonly var token = ref _tokens[j];
        return token.Kind switch
        {
            TokenKind.Number => true,
            TokenKind.Symbol => token.Symbol == '\'',
            _ => token.Class != WordClass.None || TextIs(j, "final") || TextIs(j, "last") || TextIs(j, "w"),
        };
    }
}
