using System.Globalization;

namespace Ingest.Normalizers.Dates;

/// <summary>
/// The named holidays of <c>Data/holidays.txt</c> (culture en-US), keyed by the letters of their names so that
/// "Father's Day", "fathers day" and "thanks giving day" find the same entry.
/// </summary>
internal sealed class HolidayTable
{
    public const int MaxKeyLength = 40;

    private readonly WordTable<HolidayRule> _names;
    private HolidayTable(List<KeyValuePair<string, HolidayRule>> names, List<string> firstWords)
    {
        _names = new WordTable<HolidayRule>(names);
        FirstWords = firstWords;
    }

    public static HolidayTable English { get; } = Load("holidays.txt");

    /// <summary>The first words of the holiday names (letters only); the tokenizer flags them (<see cref="TokenFlags.HolidayStart"/>).</summary>
    public IReadOnlyList<string> FirstWords { get; }

    public bool TryGet(ReadOnlySpan<char> letters, out HolidayRule rule) => _names.TryGetValue(letters, out rule);

    private static HolidayTable Load(string file)
    {
        using var stream = typeof(HolidayTable).Assembly.GetManifestResourceStream("Ingest.Normalizers.Dates.Data." + file)
            ?? throw new InvalidOperationException($"Missing embedded resource {file}.");
        using var reader = new StreamReader(stream);
        var names = new List<KeyValuePair<string, HolidayRule>>();
        var firstWords = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var rule = ParseRule(line[(equals + 1)..].Trim());
            foreach (var name in line[..equals].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(new(Letters(name), rule));
                firstWords[Letters(name.Split(' ', '\'')[0])] = true;
            }
        }

        return new HolidayTable(names, [.. firstWords.Keys]);
    }

    private static HolidayRule ParseRule(string text)
    {
        // An offset is a sign after the end of an Easter or n-th weekday rule ("easter-2", "11/4/4+1"); the minus of
        // "05/1/-1" (the last Monday) follows a slash and belongs to the rule.
        var offset = 0;
        var relative = text.StartsWith("easter", StringComparison.Ordinal) || text.StartsWith("orthodox", StringComparison.Ordinal) || text.Contains('/', StringComparison.Ordinal);
        for (var k = 1; relative && k < text.Length; k++)
        {
            if (text[k] is '+' or '-' && char.IsLetterOrDigit(text[k - 1]))
            {
                offset = int.Parse(text.AsSpan(k), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                text = text[..k];
                break;
            }
        }

        if (text == "easter")
        {
            return new HolidayRule(HolidayRuleKind.Easter, 0, 0, 0, 0, offset);
        }

        if (text == "orthodox")
        {
            return new HolidayRule(HolidayRuleKind.OrthodoxEaster, 0, 0, 0, 0, offset);
        }

        // hijri 09-01, lunar 01-01: a month and day of another calendar.
        var calendar = text.StartsWith("hijri ", StringComparison.Ordinal) ? HolidayRuleKind.Hijri
            : text.StartsWith("lunar ", StringComparison.Ordinal) ? HolidayRuleKind.ChineseLunar
            : HolidayRuleKind.Fixed;
        if (calendar != HolidayRuleKind.Fixed)
        {
            var day = text[6..].Split('-');
            return new HolidayRule(calendar, Int(day[0]), Int(day[1]), 0, 0, offset);
        }

        var parts = text.Split('/');
        if (parts.Length == 3)
        {
            return new HolidayRule(HolidayRuleKind.NthWeekday, Int(parts[0]), 0, Int(parts[1]), Int(parts[2]), offset);
        }

        var monthDay = text.Split('-');
        return new HolidayRule(HolidayRuleKind.Fixed, Int(monthDay[0]), Int(monthDay[1]), 0, 0, offset);
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static string Letters(string name) => string.Concat(name.Where(char.IsLetter)).ToLowerInvariant();
}
