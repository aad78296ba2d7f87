using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ingest.Readers.Office.Spreadsheet;

/// <summary>
/// Renders a numeric cell the way Excel shows it, from the number format of its cell style (ECMA-376 Part 1, 18.8.30
/// and 18.8.31): dates and times from their serial number (1900 or 1904 date system), percentages, fixed decimals,
/// thousands separators and scientific notation. Number formats use invariant (en-US) conventions, as Excel's built-in
/// formats do in en-US; fractions (<c># ?/?</c>) as <see cref="FractionFormat"/> shows them. General, text and formats it
/// does not know keep the stored value.
/// </summary>
internal sealed class CellNumberFormats
{
    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [11] = "0.00E+00",
        [14] = "m/d/yyyy", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM",
        [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yyyy h:mm", [37] = "#,##0 ;(#,##0)", [38] = "#,##0 ;[Red](#,##0)",
        [39] = "#,##0.00;(#,##0.00)", [40] = "#,##0.00;[Red](#,##0.00)", [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mm:ss.0",
        [48] = "##0.0E+0", [12] = "# ?/?", [13] = "# ??/??",
    };

    // Per cell style (the s attribute): the .NET format and whether it is a date, or null for the stored value.
    private readonly (string Format, bool IsDate)?[] _styles;
    private readonly Dictionary<string, FractionFormat?> _fractions = new(StringComparer.Ordinal);
    private readonly bool _date1904;

    private CellNumberFormats((string, bool)?[] styles, bool date1904)
    {
        _styles = styles;
        _date1904 = date1904;
    }

    /// <summary>No formats: every value as stored.</summary>
    public static CellNumberFormats None { get; } = new([], false);

    public static CellNumberFormats Read(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return None;
        }

        var custom = new Dictionary<int, string>();
        foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
            {
                custom[(int)id] = code;
            }
        }

        var styles = stylesheet.CellFormats.Elements<CellFormat>()
            .Select(f => (int)(f.NumberFormatId?.Value ?? 0))
            .Select(id => custom.TryGetValue(id, out var code) || BuiltIn.TryGetValue(id, out code) ? NumberFormatCode.Translate(code) : null)
            .ToArray();
        var date1904 = workbook.Workbook?.WorkbookProperties?.Date1904?.Value ?? false;
        return new CellNumberFormats(styles, date1904);
    }

    /// <summary>The cell's value as shown, or <paramref name="raw"/> when its style has no format that applies.</summary>
    public string Render(string raw, int style)
    {
        if (style < 0 || style >= _styles.Length || _styles[style] is not { } format
            || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return General(raw);
        }

        try
        {
            if (format.Format.StartsWith(NumberFormatCode.Fraction, StringComparison.Ordinal))
            {
                return RenderFraction(value, format.Format) ?? raw;
            }

            return format.IsDate ? RenderDate(value, format.Format) ?? raw : value.ToString(format.Format, CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            return raw;
        }
    }

    /// <summary>
    /// A number in the General format: Excel keeps 15 significant digits, while files store the double's round-trip
    /// form (0.1 + 0.2 as <c>0.30000000000000004</c>), which Excel shows as 0.3. Shorter numbers are returned as stored.
    /// </summary>
    internal static string General(string raw)
    {
        if (raw.Length <= 16 || SignificantDigits(raw) <= 15
            || !double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return raw;
        }

        return value.ToString("G15", CultureInfo.InvariantCulture);
    }

    private static int SignificantDigits(string raw)
    {
        var digits = 0;
        foreach (var c in raw)
        {
            if (c is 'E' or 'e')
            {
                break;
            }

            if (c is >= '1' and <= '9' || (c == '0' && digits > 0))
            {
                digits++;
            }
        }

        return digits;
    }

    private string? RenderFraction(double value, string format)
    {
        if (!_fractions.TryGetValue(format, out var fraction))
        {
            fraction = FractionFormat.Parse(format[NumberFormatCode.Fraction.Length..]);
            _fractions[format] = fraction;
        }

        return fraction?.Render(value);
    }

    private string? RenderDate(double serial, string format)
    {
        // Excel's 1900 system counts the non-existent 29 February 1900 (serial 60), so later serials start a day earlier.
        const double MaxSerial = 2958465;
        if (serial < 0 || serial > MaxSerial)
        {
            return null;
        }

        var origin = _date1904 ? new DateTime(1904, 1, 1) : serial < 60 ? new DateTime(1899, 12, 31) : new DateTime(1899, 12, 30);
        var moment = origin.AddMilliseconds(Math.Round(serial * 86_400_000));
        if (format.StartsWith(NumberFormatCode.ElapsedHours, StringComparison.Ordinal))
        {
            var hours = (long)Math.Floor(serial * 24);
            return hours.ToString(CultureInfo.InvariantCulture) + moment.ToString(format[NumberFormatCode.ElapsedHours.Length..], CultureInfo.InvariantCulture);
        }

        return moment.ToString(format, CultureInfo.InvariantCulture);
    }
}
