namespace Ingest.Normalizers.Numbers.Units;

/// <summary>
/// The units as data: each base unit once, with the symbols it is written with, whether SI prefixes apply to it and its
/// spelled names. Prefixed forms (<c>km</c>, <c>kilometre</c>, <c>μg</c>, <c>kWh</c>) are derived here, not listed.
/// </summary>
internal sealed class UnitTable
{
    private static readonly BaseUnit[] BaseUnits =
    [
        // Length (metres).
        new("m", UnitDimension.Length, 1, ["m"], "nμmck", ["metre", "meter"]),
        new("in", UnitDimension.Length, 0.0254, [], string.Empty, ["inch"], ["inches"]),
        new("ft", UnitDimension.Length, 0.3048, ["ft"], string.Empty, ["foot"], ["feet", "foots"]),
        new("yd", UnitDimension.Length, 0.9144, ["yd", "yds"], string.Empty, ["yard"]),
        new("mi", UnitDimension.Length, 1609.344, ["mi"], string.Empty, ["mile"]),

        // Mass (kilograms).
        new("g", UnitDimension.Mass, 1e-3, ["g"], "μmk", ["gram", "gramme"]),
        new("t", UnitDimension.Mass, 1000, ["t"], string.Empty, ["tonne"]),
        new("lb", UnitDimension.Mass, 0.45359237, ["lb", "lbs"], string.Empty, ["pound"]),
        new("oz", UnitDimension.Mass, 0.028349523125, ["oz"], string.Empty, ["ounce"]),
        new("ton", UnitDimension.Mass, 907.18474, [], string.Empty, ["ton"]),
        new("st", UnitDimension.Mass, 6.35029318, [], string.Empty, ["stone"], ["stones"]),

        // Area (square metres); squares of lengths are derived.
        new("ha", UnitDimension.Area, 1e4, ["ha"], string.Empty, ["hectare"]),
        new("ac", UnitDimension.Area, 4046.8564224, [], string.Empty, ["acre"]),

        // Volume (cubic metres); cubes of lengths are derived.
        new("L", UnitDimension.Volume, 1e-3, ["L", "l"], "mc", ["litre", "liter"]),
        new("gal", UnitDimension.Volume, 3.785411784e-3, ["gal"], string.Empty, ["gallon"]),
        new("bbl", UnitDimension.Volume, 0.158987294928, ["bbl"], string.Empty, ["barrel"]),
        new("cc", UnitDimension.Volume, 1e-6, ["cc"], string.Empty, []),
        new("cup", UnitDimension.Volume, 2.365882365e-4, [], string.Empty, ["cup"]),
        new("tbsp", UnitDimension.Volume, 1.478676478125e-5, ["tbsp"], string.Empty, ["tablespoon"]),
        new("tsp", UnitDimension.Volume, 4.92892159375e-6, ["tsp"], string.Empty, ["teaspoon"]),

        // Speed (metres per second); quotients of length and time are derived.
        new("mph", UnitDimension.Speed, 0.44704, ["mph"], string.Empty, []),
        new("km/h", UnitDimension.Speed, 1 / 3.6, ["kph", "kmh", "kmph"], string.Empty, []),
        new("kn", UnitDimension.Speed, 1852 / 3600.0, ["kn", "kt", "kts"], string.Empty, ["knot"]),

        // Temperature (kelvin); the scales are read after a degree word or sign by the parser.
        new("°C", UnitDimension.Temperature, 1, [], string.Empty, ["celsius", "centigrade", "celcius"], ["celsius", "centigrade", "celcius"], 273.15),
        new("°F", UnitDimension.Temperature, 5 / 9.0, [], string.Empty, ["fahrenheit", "farenheit"], ["fahrenheit", "farenheit"], 459.67 * 5 / 9.0),
        new("K", UnitDimension.Temperature, 1, [], string.Empty, ["kelvin"]),

        // Data (bytes).
        new("B", UnitDimension.Data, 1, ["B"], "kKMGT", ["byte"]),
        new("bit", UnitDimension.Data, 0.125, ["bit", "bits", "b"], "kKMGT", ["bit"]),

        // Data rate (bytes per second): "bps" is one symbol, bits per second, with the same prefixes as the bit.
        new("bps", UnitDimension.DataRate, 0.125, ["bps"], "kKMGT", []),

        // Time (seconds). Days to decades are spelled only (a glued "5d" or "3y" is rarely a duration); they are the date
        // normalizer's durations too, and a month and a year are their average Gregorian lengths.
        new("s", UnitDimension.Time, 1, ["s", "sec", "secs"], "mμn", ["second"]),
        new("min", UnitDimension.Time, 60, ["min", "mins"], string.Empty, ["minute"]),
        new("h", UnitDimension.Time, 3600, ["h", "hr", "hrs"], string.Empty, ["hour"]),
        new("d", UnitDimension.Time, 86400, [], string.Empty, ["day"]),
        new("wk", UnitDimension.Time, 604800, [], string.Empty, ["week"]),
        new("mo", UnitDimension.Time, 2629746, [], string.Empty, ["month"]),
        new("yr", UnitDimension.Time, 31556952, [], string.Empty, ["year"]),
        new("decade", UnitDimension.Time, 315569520, [], string.Empty, ["decade"]),

        // Energy (joules), power (watts), pressure (pascals), frequency (hertz), voltage (volts).
        new("J", UnitDimension.Energy, 1, ["J"], "kMG", ["joule"]),
        new("Wh", UnitDimension.Energy, 3600, ["Wh"], "kMGT", ["watt-hour", "watt hour"]),
        new("cal", UnitDimension.Energy, 4.184, ["cal"], "k", ["calorie"]),
        new("BTU", UnitDimension.Energy, 1055.05585262, ["BTU", "Btu"], string.Empty, []),
        new("W", UnitDimension.Power, 1, ["W"], "mkMGT", ["watt"]),
        new("hp", UnitDimension.Power, 745.69987158227, ["hp"], string.Empty, ["horsepower"], ["horsepower"]),
        new("Pa", UnitDimension.Pressure, 1, ["Pa"], "hkMG", ["pascal"]),
        new("bar", UnitDimension.Pressure, 1e5, ["bar"], "m", ["bar"]),
        new("psi", UnitDimension.Pressure, 6894.757293168, ["psi"], string.Empty, []),
        new("atm", UnitDimension.Pressure, 101325, ["atm"], string.Empty, ["atmosphere"]),
        new("Hz", UnitDimension.Frequency, 1, ["Hz"], "kMG", ["hertz"], ["hertz"]),
        new("bpm", UnitDimension.Frequency, 1 / 60.0, ["bpm"], string.Empty, []),
        new("V", UnitDimension.Voltage, 1, ["V"], "mk", ["volt"]),

        // Differences of percentages (fractions of one), read only as "percentage points" and "basis points" by the parser:
        // "pp" is also pages, "bps" bits per second, and a bare "points" as often a score.
        new("pp", UnitDimension.Ratio, 1e-2, [], string.Empty, []),
        new("bp", UnitDimension.Ratio, 1e-4, [], string.Empty, []),
    ];

    /// <summary>Symbols written with a capital or lower case other than the standard one, read case-insensitively: <c>KM</c>, <c>Kg</c>, <c>LBS</c>, <c>mb</c>.</summary>
    private static readonly (string Written, string Canonical)[] LooseSymbols =
    [
        ("km", "km"), ("kg", "kg"), ("mg", "mg"), ("cm", "cm"), ("mm", "mm"), ("lb", "lb"), ("lbs", "lb"), ("kph", "km/h"),
        ("mph", "mph"), ("kmh", "km/h"), ("ft", "ft"), ("kb", "kB"), ("mb", "MB"), ("gb", "GB"), ("tb", "TB"), ("kwh", "kWh"),
        ("mwh", "MWh"), ("gwh", "GWh"), ("kbps", "kbps"), ("mbps", "Mbps"), ("gbps", "Gbps"), ("kw", "kW"), ("mw", "MW"), ("gw", "GW"), ("hrs", "h"), ("psi", "psi"),
    ];

    private UnitTable()
    {
        var symbols = new Dictionary<string, List<SymbolForm>>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, UnitDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in BaseUnits)
        {
            var plain = new UnitDefinition(unit.Symbol, unit.Dimension, unit.Factor, unit.Offset);
            ByCanonicalSymbol[unit.Symbol] = plain;
            foreach (var symbol in unit.Symbols)
            {
                AddSymbol(symbols, symbol, plain);
            }

            AddNames(names, unit, string.Empty, plain);
            foreach (var prefix in UnitPrefix.All)
            {
                if (!unit.Prefixes.Contains(prefix.Symbol, StringComparison.Ordinal) && !(prefix.Symbol == "k" && unit.Prefixes.Contains('K', StringComparison.Ordinal)))
                {
                    continue;
                }

                var prefixed = new UnitDefinition(prefix.Symbol + unit.Symbol, unit.Dimension, unit.Factor * prefix.Factor);
                ByCanonicalSymbol[prefixed.Symbol] = prefixed;
                foreach (var symbol in unit.Symbols)
                {
                    AddSymbol(symbols, prefix.Symbol + symbol, prefixed);
                    if (prefix.Symbol == "μ")
                    {
                        // The micro sign (U+00B5) and the ASCII u stand for the Greek mu.
                        AddSymbol(symbols, "µ" + symbol, prefixed);
                        AddSymbol(symbols, "u" + symbol, prefixed);
                    }

                    if (prefix.Symbol == "k" && unit.Prefixes.Contains('K', StringComparison.Ordinal))
                    {
                        AddSymbol(symbols, "K" + symbol, prefixed);
                    }
                }

                AddNames(names, unit, prefix.Word, prefixed);
            }
        }

        foreach (var (written, canonical) in LooseSymbols)
        {
            if (!symbols.TryGetValue(written, out var candidates))
            {
                symbols[written] = candidates = [];
            }

            candidates.Add(new SymbolForm(written, ByCanonicalSymbol[canonical], CaseInsensitive: true));
        }

        Symbols = new WordTable<SymbolForm[]>(symbols.Select(kv => new KeyValuePair<string, SymbolForm[]>(kv.Key, [.. kv.Value])));
        Names = new WordTable<UnitDefinition>(names);
    }

    /// <summary>The shared table.</summary>
    public static UnitTable Instance { get; } = new();

    /// <summary>Symbols, looked up case-insensitively; the exact case is checked against <see cref="SymbolForm.Written"/>.</summary>
    public WordTable<SymbolForm[]> Symbols { get; }

    /// <summary>Spelled names, singular and plural, with prefixes (<c>kilometres</c>, <c>milligram</c>).</summary>
    public WordTable<UnitDefinition> Names { get; }

    /// <summary>Every unit by its canonical symbol (<c>m</c>, <c>km</c>, <c>°C</c>).</summary>
    public Dictionary<string, UnitDefinition> ByCanonicalSymbol { get; } = new(StringComparer.Ordinal);

    /// <summary>The unit with this canonical symbol.</summary>
    public UnitDefinition Get(string symbol) => ByCanonicalSymbol[symbol];

    /// <summary>The unit written with this symbol in this exact case (or a loose spelling such as <c>KM</c>), if any.</summary>
    public UnitDefinition? FindSymbol(ReadOnlySpan<char> written)
    {
        if (!Symbols.TryGetValue(written, out var forms))
        {
            return null;
        }

        foreach (var form in forms)
        {
            if (written.Equals(form.Written, form.CaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return form.Unit;
            }
        }

        return null;
    }

    private static void AddSymbol(Dictionary<string, List<SymbolForm>> symbols, string written, UnitDefinition unit)
    {
        if (!symbols.TryGetValue(written, out var list))
        {
            symbols[written] = list = [];
        }

        if (!list.Exists(f => f.Written.Equals(written, StringComparison.Ordinal)))
        {
            list.Add(new SymbolForm(written, unit, CaseInsensitive: false));
        }
    }

    private static void AddNames(Dictionary<string, UnitDefinition> names, BaseUnit unit, string prefixWord, UnitDefinition definition)
    {
        foreach (var name in unit.Names)
        {
            names.TryAdd(prefixWord + name, definition);
        }

        if (unit.Plurals is { } plurals)
        {
            foreach (var plural in plurals)
            {
                names.TryAdd(prefixWord + plural, definition);
            }
        }
        else
        {
            foreach (var name in unit.Names)
            {
                names.TryAdd(prefixWord + name + "s", definition);
            }
        }
    }

    /// <summary>A symbol as written, with the unit it stands for.</summary>
    /// <param name="Written">The spelling.</param>
    /// <param name="Unit">The unit.</param>
    /// <param name="CaseInsensitive">Whether other capitalizations of the spelling count too.</param>
    internal sealed record SymbolForm(string Written, UnitDefinition Unit, bool CaseInsensitive);

    /// <summary>A base unit as listed: symbols, the SI prefixes (by symbol) it takes, names and irregular plurals.</summary>
    private sealed record BaseUnit(string Symbol, UnitDimension Dimension, double Factor, string[] Symbols, string Prefixes, string[] Names, string[]? Plurals = null, double Offset = 0);
}
