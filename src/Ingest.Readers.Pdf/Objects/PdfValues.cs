namespace Ingest.Readers.Pdf.Objects;

/// <summary>Reads typed values out of already-resolved PDF objects, tolerant of the wrong type.</summary>
internal static class PdfValues
{
    /// <summary>A number, or <paramref name="fallback"/> when <paramref name="value"/> is not one.</summary>
    /// <param name="value">The value.</param>
    /// <param name="fallback">The fallback.</param>
    public static double Number(object? value, double fallback = 0) => value switch
    {
        long l => l,
        double d when double.IsFinite(d) => d,
        int i => i,
        _ => fallback,
    };

    /// <summary>True when <paramref name="value"/> is a number.</summary>
    /// <param name="value">The value.</param>
    public static bool IsNumber(object? value) => value is long or double or int;

    /// <summary>The name's value, or <see langword="null"/>.</summary>
    /// <param name="value">The value.</param>
    public static string? Name(object? value) => (value as PdfName)?.Value;
}
