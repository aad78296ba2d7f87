namespace Ingest.Normalizers.Dates;

/// <summary>
/// The words of one language that date rules recognise, as data. The rules in <see cref="DateParser"/> only see
/// <see cref="WordClass"/> and values, so another language is added by building another vocabulary (its month names,
/// weekdays, number words, units and function words mapped onto <see cref="DateKeyword"/>).
/// </summary>
internal sealed class DateVocabulary
{
    private readonly WordTable<WordEntry> _table;

    public DateVocabulary(IReadOnlyDictionary<string, WordEntry> words, IEnumerable<string> holidayFirstWords)
    {
        // Holiday first words share the one look-up the tokenizer makes per word: an unclassified entry marks them.
        var entries = new Dictionary<string, WordEntry>(words, StringComparer.OrdinalIgnoreCase);
        foreach (var word in holidayFirstWords)
        {
            entries.TryAdd(word, HolidayStart);
        }

        // Words a rule tests by their spelling as they stand first ("right now", "twice a week"): not plain.
        foreach (var word in SpelledWords)
        {
            entries.TryAdd(word, new WordEntry(WordClass.None, SpelledWordValue));
        }

        _table = new WordTable<WordEntry>(entries);

        // The words of one to seven ASCII letters (those the tokenizer reads by their letters) also by their letters, each with its token fields (AsciiWordIndex).
        ShortWords = entries.Keys.All(key => key.All(char.IsAsciiLetter))
            ? AsciiWordIndex.Create(entries.Where(e => AsciiWordIndex.Fits(e.Key)).Select(e => KeyValuePair.Create(e.Key, Payload(e.Value))).ToList())
            : null;
    }

    /// <summary>
    /// The words of one to seven ASCII letters by their letters, each with its token fields packed (<see cref="Payload"/>);
    /// <see langword="null"/> when a word has a character other than an ASCII letter (which the case-insensitive
    /// comparison may match to ASCII letters: "ſ" is "s"), so that every ASCII word goes to the table.
    /// </summary>
    public AsciiWordIndex? ShortWords { get; }

    /// <summary>
    /// The fields a token of a vocabulary word takes from its entry, packed for <see cref="ShortWords"/>: the value (bits
    /// 0-31, zero for an unclassified word), the class (32-39), the roles (40-47), the flags (48-55: a holiday's first
    /// word) and a set bit 56, so that no word's payload is zero, which stands for a word not in the vocabulary.
    /// </summary>
    /// <param name="entry">The word's entry.</param>
    internal static ulong Payload(WordEntry entry)
    {
        var classified = entry.Class != WordClass.None;
        var flags = !classified && entry.Value == HolidayStartValue ? TokenFlags.HolidayStart : TokenFlags.None;
        var roles = classified ? entry.Roles : TokenRoles.None;
        return (classified ? (uint)entry.Value : 0u) | ((ulong)entry.Class << 32) | ((ulong)roles << 40) | ((ulong)flags << 48) | (1UL << 56);
    }

    /// <summary>English: month and weekday names and abbreviations, seasons, number words, units, relative words.</summary>
    public static DateVocabulary English { get; } = new(BuildEnglish(), HolidayTable.English.FirstWords);

    /// <summary>The English words and their entries, as <see cref="English"/> is built from them (a new dictionary each time).</summary>
    internal static Dictionary<string, WordEntry> EnglishWords => BuildEnglish();

    /// <summary>The value of <see cref="HolidayStart"/>.</summary>
    public const int HolidayStartValue = 0;

    /// <summary>The value of the unclassified entry of a word in <see cref="SpelledWords"/>.</summary>
    public const int SpelledWordValue = 1;

    /// <summary>The entry of a word that has no class of its own but starts a holiday name.</summary>
    public static WordEntry HolidayStart { get; } = new(WordClass.None, HolidayStartValue);

    /// <summary>
    /// Unclassified words a rule reads by their spelling at its first token (<c>DateParser.RightOrTwice</c>): in the
    /// table so that every other unclassified word is marked <see cref="TokenRoles.Plain"/> by the one look-up.
    /// </summary>
    public static IReadOnlyList<string> SpelledWords => ["right", "twice"];

    /// <summary>Longer words are never looked up.</summary>
    public const int MaxWordLength = 13;

    public bool TryGet(ReadOnlySpan<char> word, out WordEntry entry) => _table.TryGetValue(word, out entry);

    /// <summary>As <see cref="TryGet(ReadOnlySpan{char}, out WordEntry)"/> for a word of ASCII letters only (compared without a call).</summary>
    public bool TryGetAsciiLetters(ReadOnlySpan<char> word, out WordEntry entry) => _table.TryGetAsciiLetters(word, out entry);

    private static Dictionary<string, WordEntry> BuildEnglish()
    {
        var words = new Dictionary<string, WordEntry>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass wordClass, int value, params string[] names)
        {
            foreach (var name in names)
            {
                words[name] = new WordEntry(wordClass, value);
            }
        }

        void Keyword(DateKeyword keyword, params string[] names) => Add(WordClass.Keyword, (int)keyword, names);
        void Unit(DateUnit unit, params string[] names) => Add(WordClass.Unit, (int)unit, names);

        var months = CalendarNames.Months;
        for (var m = 0; m < months.Length; m++)
        {
            Add(WordClass.Month, m + 1, months[m]);
        }

        var weekdays = CalendarNames.Weekdays;
        for (var d = 0; d < weekdays.Length; d++)
        {
            Add(WordClass.Weekday, d + 1, weekdays[d]);
        }

        Add(WordClass.Season, 1, "spring");
        Add(WordClass.Season, 2, "summer");
        Add(WordClass.Season, 3, "fall", "autumn");
        Add(WordClass.Season, 4, "winter");

        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var n = 0; n < units.Length; n++)
        {
            Add(WordClass.Cardinal, n, units[n]);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var t = 0; t < tens.Length; t++)
        {
            Add(WordClass.Cardinal, (t + 2) * 10, tens[t]);
        }

        Add(WordClass.Cardinal, 100, "hundred");
        Add(WordClass.Cardinal, 1000, "thousand");

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        for (var o = 0; o < ordinals.Length; o++)
        {
            Add(WordClass.Ordinal, o + 1, ordinals[o]);
        }

        Add(WordClass.Ordinal, 20, "twentieth");
        Add(WordClass.Ordinal, 30, "thirtieth");

        string[] decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (var t = 0; t < decades.Length; t++)
        {
            Add(WordClass.DecadeWord, t + 2, decades[t]);
        }

        Add(WordClass.DecadeWord, 0, "noughties");
        Unit(DateUnit.Second, "seconds", "sec", "secs");
        Unit(DateUnit.Minute, "minute", "minutes", "min", "mins");
        Unit(DateUnit.Hour, "hour", "hours", "hr", "hrs", "h");
        Unit(DateUnit.Day, "day", "days");
        Unit(DateUnit.Week, "week", "weeks");
        Unit(DateUnit.Weekend, "weekend", "weekends");
        Unit(DateUnit.Fortnight, "fortnight", "fortnights");
        Unit(DateUnit.Month, "month", "months");
        Unit(DateUnit.Quarter, "quarter", "quarters");
        Unit(DateUnit.Year, "year", "years", "yr", "yrs", "ys");
        Unit(DateUnit.Decade, "decade", "decades");
        Unit(DateUnit.Century, "century", "centuries");

        // Relative: 0 this, 1 next, -1 last.
        Add(WordClass.Relative, 0, "this", "current", "present");
        Add(WordClass.Relative, 1, "next", "coming", "upcoming", "following");
        Add(WordClass.Relative, -1, "last", "past", "previous", "preceding", "recent");

        // Parts of the day, written as TIMEX3 MO, AF, EV, NI after the day ("Monday night" is 2020-11-09TNI).
        Add(WordClass.PartOfDay, DayPart.Morning, "morning", "mornings");
        Add(WordClass.PartOfDay, DayPart.Afternoon, "afternoon", "afternoons");
        Add(WordClass.PartOfDay, DayPart.Evening, "evening", "evenings");
        Add(WordClass.PartOfDay, DayPart.Night, "night", "nights");

        Add(WordClass.Reference, 0, "today", "tonight");

        // Clock words (ClockWord): the meridiem, "o'clock", the named hours and an approximating "-ish".
        Add(WordClass.Clock, (int)ClockWord.Am, "am");
        Add(WordClass.Clock, (int)ClockWord.Pm, "pm");
        Add(WordClass.Clock, (int)ClockWord.Noon, "noon", "midday", "noontime");
        Add(WordClass.Clock, (int)ClockWord.Midnight, "midnight");
        Add(WordClass.Clock, (int)ClockWord.OClock, "oclock", "clock");
        Add(WordClass.Clock, (int)ClockWord.Ish, "ish");
        Add(WordClass.Clock, (int)ClockWord.Lunchtime, "lunchtime");
        Add(WordClass.Clock, (int)ClockWord.MidMorning, "midmorning");
        Add(WordClass.Clock, (int)ClockWord.MidAfternoon, "midafternoon");

        // Recurrence (TIMEX3 SET): "every"/"each" quantify a unit or a weekday; the -ly adjectives name one unit.
        Add(WordClass.Every, 0, "every", "each");
        Add(WordClass.Periodic, (int)DateUnit.Hour, "hourly");
        Add(WordClass.Periodic, (int)DateUnit.Day, "daily");
        Add(WordClass.Periodic, (int)DateUnit.Week, "weekly");
        Add(WordClass.Periodic, (int)DateUnit.Month, "monthly");
        Add(WordClass.Periodic, (int)DateUnit.Quarter, "quarterly");
        Add(WordClass.Periodic, (int)DateUnit.Year, "yearly", "annually", "annual");
        Add(WordClass.Reference, 1, "tomorrow", "tmrw", "tmr");
        Add(WordClass.Reference, -1, "yesterday");

        Keyword(DateKeyword.The, "the");
        Keyword(DateKeyword.Of, "of");
        Keyword(DateKeyword.On, "on");
        Keyword(DateKeyword.In, "in");
        Keyword(DateKeyword.At, "at");
        Keyword(DateKeyword.From, "from");
        Keyword(DateKeyword.To, "to");
        Keyword(DateKeyword.Until, "until", "till", "til", "untill");
        Keyword(DateKeyword.Through, "through", "thru");
        Keyword(DateKeyword.Between, "between");
        Keyword(DateKeyword.And, "and");
        Keyword(DateKeyword.Ago, "ago");
        Keyword(DateKeyword.Later, "later");
        Keyword(DateKeyword.Earlier, "earlier");
        Keyword(DateKeyword.Before, "before");
        Keyword(DateKeyword.After, "after");
        Keyword(DateKeyword.Since, "since");
        Keyword(DateKeyword.By, "by");
        Keyword(DateKeyword.During, "during");
        Keyword(DateKeyword.Early, "early");
        Keyword(DateKeyword.Late, "late");
        Keyword(DateKeyword.Mid, "mid");
        Keyword(DateKeyword.Beginning, "beginning");
        Keyword(DateKeyword.End, "end");
        Keyword(DateKeyword.Start, "start");
        Keyword(DateKeyword.Middle, "middle");
        Keyword(DateKeyword.Half, "half");
        Keyword(DateKeyword.A, "a", "an");
        Keyword(DateKeyword.Couple, "couple");
        Keyword(DateKeyword.Few, "few");
        Keyword(DateKeyword.Several, "several", "many");
        Keyword(DateKeyword.Some, "some");
        Keyword(DateKeyword.All, "all");
        Keyword(DateKeyword.Full, "full");
        Keyword(DateKeyword.Whole, "whole", "entire");
        Keyword(DateKeyword.Another, "another");
        Keyword(DateKeyword.Long, "long");
        Keyword(DateKeyword.Hence, "hence");
        Keyword(DateKeyword.Now, "now");
        Keyword(DateKeyword.Within, "within");
        Keyword(DateKeyword.For, "for");
        Keyword(DateKeyword.Over, "over");
        Keyword(DateKeyword.Than, "than");
        Keyword(DateKeyword.More, "more");
        Keyword(DateKeyword.Less, "less", "fewer");
        Keyword(DateKeyword.About, "about", "around", "nearly", "almost", "approximately", "roughly");
        Keyword(DateKeyword.Rest, "rest");
        Keyword(DateKeyword.Same, "same");
        Keyword(DateKeyword.That, "that");
        Keyword(DateKeyword.Future, "future");
        Keyword(DateKeyword.Q, "q");
        Keyword(DateKeyword.S, "s");
        Keyword(DateKeyword.My, "my");
        Keyword(DateKeyword.Prior, "prior");
        Keyword(DateKeyword.Currently, "currently", "nowadays");
        Keyword(DateKeyword.Moment, "moment");
        Keyword(DateKeyword.Once, "once");

        // Tense cues: the nearest one before a year-less date decides which way it resolves.
        Add(WordClass.FutureCue, 0, "will", "ll", "shall", "going", "must", "should", "expects", "scheduled");
        Add(WordClass.PastCue, 0, "was", "were", "had", "did", "said", "been", "took", "began", "broke", "came", "went", "met", "left", "fought",
            "saw", "won", "lost", "made", "gave", "told", "held", "fell", "led", "became", "ended", "shot", "struck", "wrote", "spoke");
        return words;
    }
}
