using Ingest.Normalizers.Numbers;

namespace Ingest.Normalizers.Tests.Numbers;

/// <summary>A number as a test expects it; values are rounded to 9 significant decimals so fractions compare cleanly.</summary>
public sealed record ExpectedNumber(string Text, NumberKind Kind, double? Value, double? Low, double? High, string? Unit, bool Approximate)
{
    public static ExpectedNumber From(NumberEntity entity)
        => new(entity.Text, entity.Kind, Round(entity.Value), Round(entity.Low), Round(entity.High), entity.Unit, entity.Approximate);

    public bool Equals(ExpectedNumber? other)
        => other is not null && Text == other.Text && Kind == other.Kind && Same(Value, other.Value) && Same(Low, other.Low)
            && Same(High, other.High) && Unit == other.Unit && Approximate == other.Approximate;

    public override int GetHashCode() => HashCode.Combine(Text, Kind, Unit, Approximate);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 9) : null;

    private static bool Same(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) <= 1e-9 * Math.Max(1, Math.Abs(a.Value));
}
