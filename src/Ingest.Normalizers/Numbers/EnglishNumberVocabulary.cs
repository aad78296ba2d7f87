namespace Ingest.Normalizers.Numbers;

/// <summary>
/// The English vocabulary of numbers kept as data: number words, scales, ordinals and fractions, approximators,
/// percent words, currency names, symbols and ISO 4217 codes, and the small word classes the scanner uses to tell a
/// counted noun or a date from a number. Another language is another instance of these tables.
/// </summary>
internal sealed class EnglishNumberVocabulary
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] TensWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] OrdinalWords =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] TensOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    private static readonly (string Word, double Value)[] Scales =
    [
        ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("lakh", 1e5), ("lakhs", 1e5),
        ("crore", 1e7), ("crores", 1e7), ("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12), ("tln", 1e12),
    ];

    private static readonly (string Word, double Value)[] VaguePlurals =
    [
        ("tens", 10), ("dozens", 12), ("scores", 20), ("hundreds", 100), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("trillions", 1e12),
    ];

    private static readonly string[] Approximators =
    [
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under", "estimated", "circa",
        "approx", "upwards", "above", "below", "exceeding", "exceeded", "exceeds", "exceed", "nigh", "reportedly", "perhaps",
        "maybe", "approaching", "roughly", "almost", "possibly", "probably", "reported", "near",
    ];

    private static readonly string[] StopWords =
    [
        "of", "the", "a", "an", "and", "or", "but", "nor", "to", "in", "on", "at", "by", "for", "with", "from", "as", "than", "that",
        "which", "who", "whom", "whose", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "no", "it", "its", "this", "these",
        "those", "there", "here", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "my", "your", "if", "so",
        "into", "onto", "over", "under", "after", "before", "during", "since", "until", "per", "each", "every", "when", "where",
        "while", "about", "against", "between", "among", "through", "across", "behind", "beyond", "within", "without", "also",
        "only", "just", "more", "less", "all", "both", "such", "up", "down", "out", "off", "then", "too", "very", "said", "says",
        "ago", "later", "earlier", "ended", "died", "killed", "left", "came", "went", "made", "took", "later", "already",
        "still", "yet", "again", "now", "today", "via", "toward", "towards", "upon", "amid", "despite", "like", "unlike", "whether",
        "because", "though", "although", "since", "vs", "versus", "plus", "minus", "times", "or", "etc", "what", "how", "why",
    ];

    private static readonly string[] Determiners =
    [
        "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "each", "every", "any", "no",
        "another",
    ];

    private static readonly string[] PronounFollowers =
    [
        "should", "can", "could", "must", "may", "might", "would", "will", "shall", "cannot", "can't", "won't", "wouldn't",
        "shouldn't", "needs", "has", "is", "was", "does", "did", "gets", "sees", "knows", "wonders", "feels", "thinks", "finds",
        "another", "hand", "other", "anyone", "else", "way", "who", "that", "which", "whom", "in", "of", "on", "at", "for", "with",
        "from", "by", "to", "into", "among", "after", "before", "such", "like", "thing", "day", "'s", "s",
    ];

    private static readonly string[] PronounLeads =
    [
        "no", "any", "some", "every", "each", "the", "this", "that", "which", "little", "loved", "young", "only", "someone's",
        "everyone's", "one's", "as", "such", "last", "next", "right", "wrong", "big", "good", "best", "other", "another", "same",
    ];

    private static readonly string[] Adjectives =
    [
        "new", "old", "former", "other", "more", "additional", "young", "small", "large", "big", "major", "minor", "key", "top",
        "main", "few", "many", "several", "extra", "armed", "civilian", "military", "local", "foreign", "ethnic", "native",
        "innocent", "dead", "wounded", "injured", "missing", "displaced", "elderly", "senior", "junior", "full", "whole", "separate",
        "different", "similar", "various", "modern", "ancient", "regular", "special", "private", "public", "active", "reserve",
        "combat", "border", "frontline", "front-line", "peacekeeping", "government", "state", "federal", "national", "international",
        "high", "low", "long", "short", "great", "little", "first", "last", "next", "further", "fellow", "soviet", "western",
        "eastern", "northern", "southern", "total", "registered", "eligible", "independent", "daily", "weekly", "monthly",
        "annual", "yearly", "consecutive", "straight", "successive", "straight", "identical", "distinct", "mass", "red", "white",
        "black", "green", "blue", "tiny", "huge", "vast", "bloody", "brutal", "deadly", "fierce", "heavy", "light",
        "parliamentary", "revolutionary", "humanitarian", "auxiliary", "voluntary", "paramilitary", "secondary", "primary",
    ];

    private static readonly string[] IrregularPlurals =
    [
        "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "feet", "teeth", "mice", "geese",
        "sheep", "deer", "fish", "aircraft", "livestock", "youth", "clergy", "militia", "infantry", "crew", "kin", "folk",
        "offspring", "persons", "families", "casualties",
    ];

    private static readonly string[] MeasureUnits =
    [
        "km", "kms", "m", "cm", "mm", "kg", "kgs", "g", "mg", "t", "lb", "lbs", "oz", "mi", "ft", "in", "mph", "kph", "km/h",
        "min", "mins", "sec", "secs", "h", "hr", "hrs", "ha", "acre", "acres", "litre", "liter", "litres", "liters", "l", "ml",
        "mw", "gw", "kw", "kwh", "mwh", "v", "w", "db", "gb", "mb", "kb", "tb", "year", "years", "month", "months", "week", "weeks",
        "day", "days", "hour", "hours", "minute", "minutes", "decade", "decades", "century", "centuries", "meter", "meters",
        "metre", "metres", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "ton", "tons", "tonne", "tonnes",
        "barrel", "barrels", "degree", "degrees", "point", "points", "person", "bpd",
    ];

    private static readonly string[] YearLeads =
    [
        "in", "since", "of", "by", "until", "till", "from", "after", "before", "during", "the", "between", "to", "and", "through",
        "early", "late", "mid", "circa", "spring", "summer", "autumn", "fall", "winter", "year", "'s", "s", "around", "throughout",
    ];

    private static readonly string[] TimeUnitWords = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "centuries"];

    private static readonly (string Name, string Iso, double Factor)[] CurrencyNames =
    [
        ("dollar", "USD", 1), ("dollars", "USD", 1), ("buck", "USD", 1), ("bucks", "USD", 1), ("cent", "USD", 0.01), ("cents", "USD", 0.01),
        ("euro", "EUR", 1), ("euros", "EUR", 1), ("eurocent", "EUR", 0.01), ("eurocents", "EUR", 0.01),
        ("pound", "GBP", 1), ("pounds", "GBP", 1), ("sterling", "GBP", 1), ("penny", "GBP", 0.01), ("pence", "GBP", 0.01), ("pennies", "GBP", 0.01),
        ("yen", "JPY", 1), ("yuan", "CNY", 1), ("renminbi", "CNY", 1), ("rmb", "CNY", 1), ("kuai", "CNY", 1),
        ("rouble", "RUB", 1), ("roubles", "RUB", 1), ("ruble", "RUB", 1), ("rubles", "RUB", 1), ("kopeck", "RUB", 0.01), ("kopecks", "RUB", 0.01),
        ("manat", "AZN", 1), ("manats", "AZN", 1), ("dram", "AMD", 1), ("drams", "AMD", 1), ("lari", "GEL", 1), ("laris", "GEL", 1),
        ("lira", "TRY", 1), ("liras", "TRY", 1), ("lire", "ITL", 1), ("hryvnia", "UAH", 1), ("hryvnias", "UAH", 1), ("hryvnas", "UAH", 1),
        ("rupee", "INR", 1), ("rupees", "INR", 1), ("paise", "INR", 0.01), ("rand", "ZAR", 1), ("reais", "BRL", 1), ("peso", "MXN", 1), ("pesos", "MXN", 1),
        ("shekel", "ILS", 1), ("shekels", "ILS", 1), ("riyal", "SAR", 1), ("riyals", "SAR", 1), ("dirham", "AED", 1), ("dirhams", "AED", 1),
        ("dinar", "KWD", 1), ("dinars", "KWD", 1), ("baht", "THB", 1), ("zloty", "PLN", 1), ("zlotys", "PLN", 1), ("zlotych", "PLN", 1),
        ("krona", "SEK", 1), ("kronor", "SEK", 1), ("krone", "NOK", 1), ("kroner", "NOK", 1), ("forint", "HUF", 1), ("forints", "HUF", 1),
        ("tenge", "KZT", 1), ("rupiah", "IDR", 1), ("ringgit", "MYR", 1), ("naira", "NGN", 1), ("franc", "FRF", 1), ("francs", "FRF", 1),
        ("mark", "DEM", 1), ("marks", "DEM", 1), ("deutschmark", "DEM", 1), ("deutschmarks", "DEM", 1), ("markka", "FIM", 1), ("markkaa", "FIM", 1),
        ("guilder", "NLG", 1), ("guilders", "NLG", 1), ("peseta", "ESP", 1), ("pesetas", "ESP", 1), ("escudo", "PTE", 1), ("escudos", "PTE", 1),
        ("drachma", "GRD", 1), ("drachmas", "GRD", 1), ("rial", "IRR", 1), ("rials", "IRR", 1), ("won", "KRW", 1), ("dong", "VND", 1),
        ("bitcoin", "BTC", 1), ("bitcoins", "BTC", 1), ("satoshi", "BTC", 1e-8), ("satoshis", "BTC", 1e-8), ("som", "KGS", 1), ("somoni", "TJS", 1),
        ("sum", "UZS", 1), ("leu", "RON", 1), ("lei", "RON", 1), ("lev", "BGN", 1), ("leva", "BGN", 1), ("kuna", "HRK", 1), ("dinara", "RSD", 1),
        ("mao", "CNY", 0.1), ("jiao", "CNY", 0.1), ("fen", "CNY", 0.01), ("colon", "CRC", 1), ("colones", "CRC", 1), ("kip", "LAK", 1),
    ];

    /// <summary>Qualified names, matched before the bare name: <c>Hong Kong dollars</c>, <c>Swiss francs</c>.</summary>
    private static readonly (string Phrase, string Iso)[] CurrencyPhrases =
    [
        ("us dollar", "USD"), ("us dollars", "USD"), ("u.s. dollar", "USD"), ("u.s. dollars", "USD"), ("american dollars", "USD"),
        ("canadian dollar", "CAD"), ("canadian dollars", "CAD"), ("australian dollar", "AUD"), ("australian dollars", "AUD"),
        ("hong kong dollar", "HKD"), ("hong kong dollars", "HKD"), ("new zealand dollar", "NZD"), ("new zealand dollars", "NZD"),
        ("singapore dollar", "SGD"), ("singapore dollars", "SGD"), ("taiwan dollars", "TWD"), ("new taiwan dollars", "TWD"),
        ("swiss franc", "CHF"), ("swiss francs", "CHF"), ("french franc", "FRF"), ("french francs", "FRF"), ("belgian francs", "BEF"),
        ("british pound", "GBP"), ("british pounds", "GBP"), ("pounds sterling", "GBP"), ("egyptian pounds", "EGP"),
        ("chinese yuan", "CNY"), ("japanese yen", "JPY"), ("turkish lira", "TRY"), ("turkish liras", "TRY"), ("italian lire", "ITL"),
        ("indian rupee", "INR"), ("indian rupees", "INR"), ("pakistani rupees", "PKR"), ("sri lankan rupees", "LKR"),
        ("mexican peso", "MXN"), ("mexican pesos", "MXN"), ("argentine pesos", "ARS"), ("philippine pesos", "PHP"),
        ("russian rouble", "RUB"), ("russian roubles", "RUB"), ("russian ruble", "RUB"), ("russian rubles", "RUB"),
        ("azerbaijani manat", "AZN"), ("azerbaijani manats", "AZN"), ("turkmen manat", "TMT"), ("armenian dram", "AMD"), ("armenian drams", "AMD"),
        ("georgian lari", "GEL"), ("ukrainian hryvnia", "UAH"), ("finnish markka", "FIM"), ("finnish markkaa", "FIM"),
        ("dutch guilder", "NLG"), ("dutch guilders", "NLG"), ("german marks", "DEM"), ("deutsche marks", "DEM"), ("deutsche mark", "DEM"),
        ("spanish pesetas", "ESP"), ("swedish kronor", "SEK"), ("swedish krona", "SEK"), ("norwegian kroner", "NOK"), ("danish kroner", "DKK"),
        ("south african rand", "ZAR"), ("brazilian reais", "BRL"), ("brazilian real", "BRL"), ("iranian rials", "IRR"), ("saudi riyals", "SAR"),
        ("israeli shekels", "ILS"), ("new shekels", "ILS"), ("korean won", "KRW"), ("south korean won", "KRW"), ("kuwaiti dinars", "KWD"),
        ("iraqi dinars", "IQD"), ("jordanian dinars", "JOD"), ("uae dirhams", "AED"), ("moroccan dirhams", "MAD"), ("polish zloty", "PLN"),
        ("hungarian forints", "HUF"), ("czech korunas", "CZK"), ("czech crowns", "CZK"), ("kazakh tenge", "KZT"), ("thai baht", "THB"),
    ];

    /// <summary>ISO 4217 codes read next to an amount (<c>USD 3</c>, <c>5 EUR</c>); upper case only unless listed in <see cref="LowerCaseCodes"/>.</summary>
    private static readonly string[] IsoCodes =
    [
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "AZN", "AMD", "GEL", "TRY", "UAH", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR",
        "PKR", "LKR", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "MXN", "BRL", "ARS", "ZAR", "KRW", "TWD", "THB", "IDR",
        "MYR", "PHP", "VND", "ILS", "SAR", "AED", "QAR", "KWD", "IQD", "IRR", "EGP", "NGN", "KZT", "UZS", "KGS", "TJS", "TMT", "BYN",
        "MDL", "RSD", "ISK", "CLP", "COP", "PEN", "BTC", "XAU", "RMB",
    ];

    private static readonly string[] LowerCaseCodes = ["usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "cad", "aud", "nzd", "hkd", "sgd", "inr", "rub", "azn", "amd", "sek", "nok", "dkk", "pln", "mxn", "brl", "zar", "krw", "btc", "uah"];

    /// <summary>Letters written before a dollar sign: <c>US$</c>, <c>C$</c>, <c>HK$</c>.</summary>
    private static readonly (string Prefix, string Iso)[] DollarPrefixes =
    [
        ("us", "USD"), ("u.s.", "USD"), ("u.s", "USD"), ("usd", "USD"), ("c", "CAD"), ("ca", "CAD"), ("can", "CAD"), ("cad", "CAD"),
        ("a", "AUD"), ("au", "AUD"), ("aud", "AUD"), ("hk", "HKD"), ("hkd", "HKD"), ("nz", "NZD"), ("nzd", "NZD"), ("s", "SGD"),
        ("sg", "SGD"), ("mex", "MXN"), ("mx", "MXN"), ("mxn", "MXN"), ("r", "BRL"), ("nt", "TWD"),
    ];

    /// <summary>The roles of a word that can start an expression; NumberScanner.TryExpression gives up on any other word.</summary>
    private const NumberWordRole ExpressionStartRoles = NumberWordRole.CurrencyCode | NumberWordRole.Sign | NumberWordRole.Percent
        | NumberWordRole.MultiplierWord | NumberWordRole.VaguePlural | NumberWordRole.Unit | NumberWordRole.Tens | NumberWordRole.Ordinal
        | NumberWordRole.Article | NumberWordRole.Half | NumberWordRole.Quarter;

    public EnglishNumberVocabulary()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, NumberWordRole role, double value = 0, string? currency = null)
        {
            words.TryGetValue(word, out var existing);
            words[word] = new NumberWord(existing.Roles | role, value != 0 ? value : existing.Value, currency ?? existing.Currency);
        }

        for (var i = 0; i < Units.Length; i++)
        {
            Add(Units[i], NumberWordRole.Unit | (i == 0 ? NumberWordRole.Zero : 0), i);
        }

        Add("nought", NumberWordRole.Unit | NumberWordRole.Zero);
        Add("naught", NumberWordRole.Unit | NumberWordRole.Zero);
        for (var i = 0; i < TensWords.Length; i++)
        {
            Add(TensWords[i], NumberWordRole.Tens, (i + 2) * 10);
            Add(TensOrdinals[i], NumberWordRole.Ordinal | NumberWordRole.Denominator, (i + 2) * 10);
            Add(TensOrdinals[i] + "s", NumberWordRole.PluralDenominator, (i + 2) * 10);
        }

        for (var i = 1; i < OrdinalWords.Length; i++)
        {
            var denominator = i > 2 ? NumberWordRole.Denominator : 0;
            Add(OrdinalWords[i], NumberWordRole.Ordinal | denominator, i);
            if (i > 2)
            {
                Add(OrdinalWords[i] + "s", NumberWordRole.PluralDenominator, i);
            }
        }

        Add("nineth", NumberWordRole.Ordinal | NumberWordRole.Denominator, 9);
        Add("hundred", NumberWordRole.Hundred, 100);
        Add("hundreth", NumberWordRole.Ordinal | NumberWordRole.Denominator, 100);
        Add("hundredth", NumberWordRole.Ordinal | NumberWordRole.Denominator, 100);
        Add("hundredths", NumberWordRole.PluralDenominator, 100);
        foreach (var (word, value) in Scales)
        {
            Add(word, NumberWordRole.Scale, value);
        }

        foreach (var (word, value) in new[] { ("thousandth", 1e3), ("millionth", 1e6), ("billionth", 1e9), ("trillionth", 1e12) })
        {
            Add(word, NumberWordRole.Ordinal | NumberWordRole.Denominator, value);
            Add(word + "s", NumberWordRole.PluralDenominator, value);
        }

        Add("half", NumberWordRole.Half | NumberWordRole.Denominator, 2);
        Add("halves", NumberWordRole.PluralDenominator, 2);
        Add("quarter", NumberWordRole.Quarter | NumberWordRole.Denominator, 4);
        Add("quarters", NumberWordRole.Quarter | NumberWordRole.PluralDenominator, 4);
        Add("dozen", NumberWordRole.Dozen, 12);
        Add("dz", NumberWordRole.Dozen, 12);
        Add("dzs", NumberWordRole.Dozen, 12);
        Add("doz", NumberWordRole.Dozen, 12);
        Add("dozs", NumberWordRole.Dozen, 12);
        Add("dozens", NumberWordRole.Dozen, 12);
        foreach (var (word, value) in VaguePlurals)
        {
            Add(word, NumberWordRole.VaguePlural, value);
        }

        Add("a", NumberWordRole.Article);
        Add("an", NumberWordRole.Article);
        Add("minus", NumberWordRole.Sign);
        Add("negative", NumberWordRole.Sign);
        Add("point", NumberWordRole.Point);
        Add("and", NumberWordRole.And);
        Add("of", NumberWordRole.Of);
        Add("percent", NumberWordRole.Percent);
        Add("percents", NumberWordRole.Percent);
        Add("percentage", NumberWordRole.Percent);
        Add("pct", NumberWordRole.Percent);
        Add("times", NumberWordRole.Times);
        Add("fold", NumberWordRole.Times);
        Add("twice", NumberWordRole.MultiplierWord, 2);
        Add("thrice", NumberWordRole.MultiplierWord, 3);
        Add("between", NumberWordRole.RangeStart);
        Add("from", NumberWordRole.RangeStart);
        Add("century", NumberWordRole.DateUnit);
        Add("centuries", NumberWordRole.DateUnit);
        Add("millennium", NumberWordRole.DateUnit);
        Add("anniversary", NumberWordRole.None);
        foreach (var w in Approximators)
        {
            Add(w, NumberWordRole.Approximator);
        }

        foreach (var w in CalendarNames.AllMonthWords())
        {
            Add(w, NumberWordRole.Month);
        }

        foreach (var w in StopWords)
        {
            Add(w, NumberWordRole.StopWord);
        }

        foreach (var w in Determiners)
        {
            Add(w, NumberWordRole.Determiner);
        }

        foreach (var w in PronounFollowers)
        {
            Add(w, NumberWordRole.PronounFollower);
        }

        foreach (var w in PronounLeads)
        {
            Add(w, NumberWordRole.PronounLead);
        }

        foreach (var w in Adjectives)
        {
            Add(w, NumberWordRole.Adjective);
        }

        foreach (var w in IrregularPlurals)
        {
            Add(w, NumberWordRole.IrregularPlural);
        }

        foreach (var w in MeasureUnits)
        {
            Add(w, NumberWordRole.MeasureUnit);
        }

        foreach (var w in YearLeads)
        {
            Add(w, NumberWordRole.YearLead);
        }

        foreach (var w in TimeUnitWords)
        {
            Add(w, NumberWordRole.TimeUnit);
        }

        foreach (var w in new[] { "news", "series", "species", "means", "this", "its", "his", "has", "was", "is", "us", "as", "yes", "plus", "thus", "always", "perhaps", "its", "ours", "theirs", "hers", "sometimes", "besides", "whereas", "less", "unless", "across", "across", "towards", "afterwards", "per cent" })
        {
            Add(w, NumberWordRole.NotPlural);
        }

        foreach (var (name, iso, factor) in CurrencyNames)
        {
            Add(name, NumberWordRole.CurrencyName, factor, iso);
        }

        foreach (var code in IsoCodes)
        {
            Add(code, NumberWordRole.CurrencyCode, 1, code == "RMB" ? "CNY" : code);
        }

        Words = new WordTable<NumberWord>(words);
        var starts = new List<KeyValuePair<string, NumberWord>>();
        foreach (var entry in words)
        {
            if (entry.Value.Has(ExpressionStartRoles) || entry.Key == "per")
            {
                starts.Add(entry);
            }
        }

        ExpressionStarts = new WordTable<NumberWord>(starts);
        var phrases = new List<KeyValuePair<string, string>>();
        foreach (var (phrase, iso) in CurrencyPhrases)
        {
            phrases.Add(new(phrase, iso));
        }

        Phrases = new WordTable<string>(phrases);
        var prefixes = new List<KeyValuePair<string, string>>();
        foreach (var (prefix, iso) in DollarPrefixes)
        {
            prefixes.Add(new(prefix, iso));
        }

        DollarPrefixTable = new WordTable<string>(prefixes);
        var lower = new List<KeyValuePair<string, bool>>();
        foreach (var code in LowerCaseCodes)
        {
            lower.Add(new(code, true));
        }

        LowerCaseCodeTable = new WordTable<bool>(lower);
    }

    /// <summary>The shared English vocabulary.</summary>
    public static EnglishNumberVocabulary Instance { get; } = new();

    /// <summary>Every single word the scanner knows, with its roles.</summary>
    public WordTable<NumberWord> Words { get; }

    /// <summary>
    /// The words a number expression can start with (number words, articles, signs, currency codes, percent and
    /// multiplier words, vague plurals, "per"): the scanner looks a word of prose up here, where the many stop words of
    /// <see cref="Words"/> fail the table's first-letter, last-letter and length filter.
    /// </summary>
    public WordTable<NumberWord> ExpressionStarts { get; }

    /// <summary>Qualified currency names of two or three words, joined by single spaces.</summary>
    public WordTable<string> Phrases { get; }

    /// <summary>Letters before a <c>$</c> that say which dollar.</summary>
    public WordTable<string> DollarPrefixTable { get; }

    /// <summary>ISO codes that are also read in lower case.</summary>
    public WordTable<bool> LowerCaseCodeTable { get; }

    /// <summary>Returns the ISO 4217 code of a currency symbol, or <see langword="null"/>.</summary>
    public static string? SymbolCurrency(char c) => c switch
    {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₽' => "RUB",
        '₹' => "INR",
        '₩' => "KRW",
        '₺' => "TRY",
        '₴' => "UAH",
        '₼' => "AZN",
        '֏' => "AMD",
        '₾' => "GEL",
        '₪' => "ILS",
        '₫' => "VND",
        '₱' => "PHP",
        '₦' => "NGN",
        '₡' => "CRC",
        '₭' => "LAK",
        '₿' => "BTC",
        '元' => "CNY",
        '฿' => "THB",
        '₸' => "KZT",
        '¢' => "USD",
        _ => null,
    };
}
