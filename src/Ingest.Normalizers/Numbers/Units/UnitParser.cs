namespace Ingest.Normalizers.Numbers.Units;

/// <summary>
/// Reads the unit written after a number, spaced (<c>5 km</c>) or glued (<c>7.62mm</c>, <c>200lbs</c>). The grammar follows
/// how English and SI write units: an optional power word (<c>square</c>, <c>sq</c>, <c>cubic</c>), a base unit as a symbol
/// (with an SI prefix: <c>km</c>, <c>μg</c>, <c>kWh</c>) or a spelled name (<c>kilometres</c>, <c>metric tons</c>), an
/// optional exponent (<c>m²</c>, <c>m2</c>, <c>m^2</c>, <c>metres squared</c>), and an optional denominator
/// (<c>km/h</c>, <c>metres per second</c>, <c>miles an hour</c>). Temperatures take a degree sign or word before the scale
/// (<c>°C</c>, <c>degrees Fahrenheit</c>, <c>deg c</c>). Only reads; allocates only for a compound it has read.
/// </summary>
internal static class UnitParser
{
    /// <summary>A degree with no scale named (<c>98 degrees</c>): the caller decides between temperature and angle.</summary>
    public static readonly UnitDefinition Degree = new("°", UnitDimension.Temperature, double.NaN);

    private static readonly UnitDefinition NauticalMile = new("nmi", UnitDimension.Length, 1852);
    private static readonly UnitDefinition FluidOunce = new("fl oz", UnitDimension.Volume, 2.95735295625e-5);

    /// <summary>
    /// Tries to read a unit at <paramref name="p"/>. <paramref name="glued"/> says the unit touches the number: single-letter
    /// symbols that are as often words or letters (<c>s</c>, <c>t</c>, <c>l</c>, <c>b</c>) are read only glued, and those
    /// that are as often grades, decades or model suffixes when glued (<c>s</c> in <c>1990s</c>, <c>C</c>, <c>F</c>, <c>B</c>) not at all.
    /// </summary>
    public static bool TryRead(string text, int p, int end, bool glued, out UnitReading reading)
    {
        reading = default;

        // The word at p, read once for the temperature, the qualifiers and the base unit.
        var first = WordEnd(text, p, end);
        if (TryTemperature(text, p, first, end, out reading))
        {
            return true;
        }

        var exponent = 1;
        var q = p;
        if (first == q)
        {
            return false;
        }

        var firstWord = text.AsSpan(q, first - q);
        // Most words have neither the length nor the first letter of a power word or qualifier, so none is compared.
        if (MayBeQualifier(firstWord))
        {
            if (IsAny(firstWord, "square", "sq") || IsAny(firstWord, "cubic", "cu"))
            {
                exponent = firstWord[0] is 's' or 'S' ? 2 : 3;
                q = SkipSpaces(text, At(text, first, end) == '.' ? first + 1 : first, end);
                if (q == first)
                {
                    return false;
                }
            }
            else if (IsAny(firstWord, "metric", "nautical", "fluid") || IsAny(firstWord, "percentage", "basis") || (IsAny(firstWord, "fl") && At(text, first, end) is ' ' or '.'))
            {
                return TryQualifiedName(text, firstWord, SkipSpaces(text, At(text, first, end) == '.' ? first + 1 : first, end), end, out reading);
            }
        }

        if (!TryBase(text, q, q == p ? first : WordEnd(text, q, end), glued && q == p, out var unit, out var baseEnd, out var spelled))
        {
            return false;
        }

        baseEnd = ReadExponent(text, baseEnd, end, spelled, ref exponent);
        if (exponent > 1)
        {
            var dimension = UnitDimensions.Power(unit.Dimension, exponent);
            if (dimension == UnitDimension.Other)
            {
                return false;
            }

            unit = new UnitDefinition(unit.Symbol + (exponent == 2 ? "²" : "³"), dimension, Math.Pow(unit.Factor, exponent));
        }

        baseEnd = ReadDenominator(text, baseEnd, end, ref unit);
        if (char.IsLetterOrDigit(At(text, baseEnd, end)))
        {
            return false;
        }

        reading = new UnitReading(unit, baseEnd, spelled);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (letters, not empty) may be a power word or a qualifier (square, sq, cubic, cu,
    /// metric, nautical, fluid, fl, percentage, basis): a word of another length or first letter equals none of them
    /// ignoring case. A first letter beyond ASCII may still equal an ASCII letter ignoring case ("ſ" and "s"), so it passes.
    /// </summary>
    private static bool MayBeQualifier(ReadOnlySpan<char> word) => word[0] >= 128 || (word.Length, word[0] | 0x20) switch
    {
        (2, 's' or 'c' or 'f') or (5, 'c' or 'f' or 'b') or (6, 's' or 'm') or (8, 'n') or (10, 'p') => true,
        _ => false,
    };

    /// <summary>
    /// A base unit, the word from <paramref name="p"/> to <paramref name="wordEnd"/> (its <see cref="WordEnd"/>): a spelled
    /// name (any case) or a symbol in its own case; single letters only where unambiguous.
    /// </summary>
    private static bool TryBase(string text, int p, int wordEnd, bool glued, out UnitDefinition unit, out int baseEnd, out bool spelled, bool denominator = false)
    {
        unit = null!;
        spelled = false;
        baseEnd = wordEnd;
        var word = text.AsSpan(p, baseEnd - p);
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length > 2 && UnitTable.Instance.Names.TryGetValue(word, out var named))
        {
            unit = named;
            spelled = true;
            return true;
        }

        if (UnitTable.Instance.FindSymbol(word) is not { } symbol)
        {
            return false;
        }

        if (word.Length == 1 && !denominator && !SingleLetterAllowed(word[0], glued))
        {
            return false;
        }

        unit = symbol;
        return true;
    }

    /// <summary>
    /// Single-letter symbols: <c>m</c>, <c>g</c>, <c>h</c>, <c>W</c>, <c>V</c>, <c>J</c>, <c>L</c> spaced or glued; <c>t</c> and <c>l</c>
    /// only glued (spaced they are as often a letter or a list label); <c>s</c> and <c>b</c> never alone (<c>1990s</c>, <c>3b</c>).
    /// </summary>
    private static bool SingleLetterAllowed(char c, bool glued) => c switch
    {
        'm' or 'g' or 'h' or 'W' or 'V' or 'J' or 'L' => true,
        't' or 'l' => glued,
        _ => false,
    };

    /// <summary><c>metric tons</c>, <c>nautical miles</c>, <c>fluid ounces</c>, <c>fl oz</c>, <c>percentage points</c>, <c>basis points</c>: a qualifier that changes the unit.</summary>
    private static bool TryQualifiedName(string text, ReadOnlySpan<char> qualifier, int p, int end, out UnitReading reading)
    {
        reading = default;
        var wordEnd = WordEnd(text, p, end);
        var word = text.AsSpan(p, wordEnd - p);
        UnitDefinition? unit = null;
        if (IsAny(qualifier, "metric") && IsAny(word, "ton", "tons", "tonne", "tonnes"))
        {
            unit = UnitTable.Instance.Get("t");
        }
        else if (IsAny(qualifier, "nautical") && IsAny(word, "mile", "miles"))
        {
            unit = NauticalMile;
        }
        else if (IsAny(qualifier, "fluid", "fl") && IsAny(word, "ounce", "ounces", "oz"))
        {
            unit = FluidOunce;
        }
        else if (IsAny(qualifier, "percentage", "basis") && IsAny(word, "point", "points"))
        {
            // A difference of percentages: 3 percentage points, 25 basis points (a bare "points" is as often a score).
            unit = UnitTable.Instance.Get(IsAny(qualifier, "basis") ? "bp" : "pp");
        }

        if (unit is null || char.IsLetterOrDigit(At(text, wordEnd, end)))
        {
            return false;
        }

        reading = new UnitReading(unit, wordEnd, Spelled: true);
        return true;
    }

    /// <summary><c>²</c>, <c>³</c>, <c>^2</c>, a glued <c>2</c> or <c>3</c> after a symbol (<c>km2</c>), or <c>squared</c>/<c>cubed</c> after a name.</summary>
    private static int ReadExponent(string text, int p, int end, bool spelled, ref int exponent)
    {
        var c = At(text, p, end);
        if (c is '²' or '³')
        {
            exponent = c == '²' ? 2 : 3;
            return p + 1;
        }

        if (c == '^' && At(text, p + 1, end) is '2' or '3' && !char.IsDigit(At(text, p + 2, end)))
        {
            exponent = At(text, p + 1, end) - '0';
            return p + 2;
        }

        var afterDigit = At(text, p + 1, end);
        if (!spelled && c is '2' or '3' && !char.IsLetterOrDigit(afterDigit) && !(afterDigit is '.' or ',' && char.IsDigit(At(text, p + 2, end))))
        {
            exponent = c - '0';
            return p + 1;
        }

        var next = SkipSpaces(text, p, end);
        if (next > p)
        {
            var wordEnd = WordEnd(text, next, end);
            var word = text.AsSpan(next, wordEnd - next);
            if (IsAny(word, "squared", "cubed"))
            {
                exponent = word[0] is 's' or 'S' ? 2 : 3;
                return wordEnd;
            }
        }

        return p;
    }

    /// <summary>A denominator: <c>/h</c>, <c>/s</c> after a symbol, <c>per hour</c>, <c>an hour</c> after a length.</summary>
    private static int ReadDenominator(string text, int p, int end, ref UnitDefinition unit)
    {
        int q;
        if (At(text, p, end) == '/')
        {
            q = p + 1;
        }
        else
        {
            var next = SkipSpaces(text, p, end);
            var wordEnd = WordEnd(text, next, end);
            var word = text.AsSpan(next, wordEnd - next);
            if (next == p || !(IsAny(word, "per") || (unit.Dimension == UnitDimension.Length && IsAny(word, "an", "a"))))
            {
                return p;
            }

            q = SkipSpaces(text, wordEnd, end);
        }

        if (!TryBase(text, q, WordEnd(text, q, end), glued: true, out var denominator, out var denominatorEnd, out _, denominator: text[p] == '/')
            || (denominator.Dimension != UnitDimension.Time && text[p] != '/')
            || char.IsLetterOrDigit(At(text, denominatorEnd, end)))
        {
            return p;
        }

        var exponent = 1;
        denominatorEnd = ReadExponent(text, denominatorEnd, end, spelled: false, ref exponent);
        var symbol = denominator.Symbol + (exponent switch { 2 => "²", 3 => "³", _ => string.Empty });
        var canonical = unit.Symbol + "/" + symbol;
        unit = UnitTable.Instance.ByCanonicalSymbol.TryGetValue(canonical, out var known)
            ? known
            : new UnitDefinition(canonical, exponent == 1 ? UnitDimensions.Quotient(unit.Dimension, denominator.Dimension) : UnitDimension.Other, unit.Factor / Math.Pow(denominator.Factor, exponent));
        return denominatorEnd;
    }

    /// <summary>
    /// <c>°C</c>, <c>° F</c>, <c>degrees Celsius</c>, <c>deg c</c>, <c>degree fahrenheit</c>, or a bare <c>°</c> or
    /// <c>degrees</c>, at <paramref name="p"/>, where the word there ends at <paramref name="wordEnd"/>.
    /// </summary>
    private static bool TryTemperature(string text, int p, int wordEnd, int end, out UnitReading reading)
    {
        reading = default;
        int after;
        var c = At(text, p, end);
        if (c is '°' or 'º')
        {
            after = p + 1;
        }
        else
        {
            // Every degree word starts with a d; a letter beyond ASCII may equal one ignoring case, so it is compared.
            if (wordEnd == p || (text[p] < 128 && (text[p] | 0x20) != 'd') || !IsAny(text.AsSpan(p, wordEnd - p), "degree", "degrees", "deg", "degs"))
            {
                return false;
            }

            after = At(text, wordEnd, end) == '.' && IsAny(text.AsSpan(p, wordEnd - p), "deg", "degs") ? wordEnd + 1 : wordEnd;
        }

        var scaleStart = SkipSpaces(text, after, end);
        var scaleEnd = WordEnd(text, scaleStart, end);
        var scale = text.AsSpan(scaleStart, scaleEnd - scaleStart);
        UnitDefinition? unit = scale.Length switch
        {
            1 when scale[0] is 'C' or 'c' => UnitTable.Instance.Get("°C"),
            1 when scale[0] is 'F' or 'f' => UnitTable.Instance.Get("°F"),
            1 when scale[0] is 'K' => UnitTable.Instance.Get("K"),
            > 1 when UnitTable.Instance.Names.TryGetValue(scale, out var named) && named.Dimension == UnitDimension.Temperature => named,
            _ => null,
        };
        if (unit is not null && !char.IsLetterOrDigit(At(text, scaleEnd, end)))
        {
            reading = new UnitReading(unit, scaleEnd, Spelled: c is not ('°' or 'º'));
            return true;
        }

        reading = new UnitReading(Degree, after, Spelled: c is not ('°' or 'º'));
        return true;
    }

    private static bool IsAny(ReadOnlySpan<char> word, string a, string? b = null, string? c = null, string? d = null)
        => word.Equals(a, StringComparison.OrdinalIgnoreCase) || (b is not null && word.Equals(b, StringComparison.OrdinalIgnoreCase))
        || (c is not null && word.Equals(c, StringComparison.OrdinalIgnoreCase)) || (d is not null && word.Equals(d, StringComparison.OrdinalIgnoreCase));

    private static char At(string text, int i, int end) => (uint)i < (uint)end && i < text.Length ? text[i] : '\0';

    private static int SkipSpaces(string text, int p, int end)
    {
        while (At(text, p, end) is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009')
        {
            p++;
        }

        return p;
    }

    /// <summary>The end of a run of letters (the micro signs count as letters).</summary>
    private static int WordEnd(string text, int p, int end)
    {
        while (At(text, p, end) is var c && (char.IsLetter(c) || c is 'µ' or 'μ'))
        {
            p++;
        }

        return p;
    }
}
