using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Readers.Office.Spreadsheet;

/// <summary>
/// An Excel fraction format (ECMA-376 Part 1, 18.8.31): <c># ?/?</c> shows a whole part and the closest fraction whose
/// denominator has at most as many digits as the denominator placeholders (<c>1.5</c> as <c>1 1/2</c>, <c>π</c> with
/// <c># ??/??</c> as <c>3 14/99</c>); a fixed denominator (<c># ?/8</c>) rounds to eighths without reducing; without a
/// whole part (<c>?/?</c>) the fraction is improper (<c>3/2</c>). A fraction that rounds to a whole number shows the
/// whole number alone. The padding Excel adds to align fractions in a column is left out.
/// </summary>
internal sealed partial class FractionFormat
{
    private readonly string? _wholeFormat;
    private readonly int _maxDenominator;
    private readonly bool _fixedDenominator;

    private FractionFormat(string? wholeFormat, int maxDenominator, bool fixedDenominator)
    {
        _wholeFormat = wholeFormat;
        _maxDenominator = maxDenominator;
        _fixedDenominator = fixedDenominator;
    }

    /// <summary>The fraction format of an unquoted code section, or null when the section is not a fraction.</summary>
    public static FractionFormat? Parse(string unquotedSection)
    {
        var match = Pattern().Match(unquotedSection.Trim());
        if (!match.Success)
        {
            return null;
        }

        var whole = match.Groups["whole"].Success ? match.Groups["whole"].Value : null;
        var denominator = match.Groups["den"].Value;
        if (int.TryParse(denominator, NumberStyles.None, CultureInfo.InvariantCulture, out var fixedValue))
        {
            return fixedValue > 0 ? new FractionFormat(whole, fixedValue, fixedDenominator: true) : null;
        }

        // Excel reads at most the digits it can show; more than four placeholders are not meaningful for a double.
        return new FractionFormat(whole, (int)Math.Pow(10, Math.Min(denominator.Length, 4)) - 1, fixedDenominator: false);
    }

    /// <summary>The value as Excel shows it in this format.</summary>
    public string Render(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > long.MaxValue / 2)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var sign = value < 0 ? "-" : string.Empty;
        var magnitude = Math.Abs(value);
        var whole = _wholeFormat is null ? 0 : (long)Math.Floor(magnitude);
        var (numerator, denominator) = Closest(magnitude - whole);
        if (_wholeFormat is not null && numerator == denominator)
        {
            whole++;
            numerator = 0;
        }

        var fraction = numerator.ToString(CultureInfo.InvariantCulture) + "/" + denominator.ToString(CultureInfo.InvariantCulture);
        if (_wholeFormat is null)
        {
            return sign + fraction;
        }

        var wholeText = whole.ToString(_wholeFormat.Contains(',', StringComparison.Ordinal) ? "#,##0" : "0", CultureInfo.InvariantCulture);
        if (numerator == 0)
        {
            return whole == 0 ? "0" : sign + wholeText;
        }

        return whole == 0 ? sign + fraction : sign + wholeText + " " + fraction;
    }

    /// <summary>The fraction closest to <paramref name="part"/> (ties to the smaller denominator).</summary>
    private (long Numerator, long Denominator) Closest(double part)
    {
        if (_fixedDenominator)
        {
            return ((long)Math.Round(part * _maxDenominator, MidpointRounding.AwayFromZero), _maxDenominator);
        }

        (long, long) best = ((long)Math.Round(part, MidpointRounding.AwayFromZero), 1);
        var bestError = Math.Abs(part - best.Item1);
        for (var denominator = 2; denominator <= _maxDenominator && bestError > 0; denominator++)
        {
            var numerator = (long)Math.Round(part * denominator, MidpointRounding.AwayFromZero);
            var error = Math.Abs(part - ((double)numerator / denominator));
            if (error < bestError)
            {
                best = (numerator, denominator);
                bestError = error;
            }
        }

        return best;
    }

    [GeneratedRegex(@"^(?:(?<whole>[#0,]+) +)?[?#0]+ */ *(?<den>[?#0]+|[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
