using System.Globalization;
using System.Text.Json;

namespace Ingest.Normalizers.Dates;

/// <summary>
/// A date, range, duration or time reference found in the text, with its TIMEX3 value and the calendar days it covers.
/// </summary>
/// <remarks>
/// JSON properties written by <see cref="WriteProperties"/>: <c>value</c> (TIMEX3), <c>kind</c>, <c>grain</c>,
/// <c>earliest</c> and <c>latest</c> (<c>yyyy-mm-dd</c>, inclusive, only when resolvable), <c>inferred</c> (array of
/// <c>year</c>, <c>month</c>, <c>day</c>, <c>century</c>: parts the text did not state), <c>inferredFrom</c>
/// (<c>documentDate</c>, <c>configuredDate</c>, <c>earlierDate</c>, <c>rangeEnd</c>, <c>assumption</c>) and
/// <c>alternatives</c> (other readings, as TIMEX3 values).
/// </remarks>
public sealed class DateEntity : Entity
{
    internal DateEntity(
        int start,
        int length,
        string text,
        string value,
        DateKind kind,
        DateGrain grain,
        DateOnly? earliest,
        DateOnly? latest,
        DateInferredParts inferred,
        DateInferenceSource inferredFrom,
        IReadOnlyList<string> alternatives)
        : base(start, length, text)
    {
        Value = value;
        Kind = kind;
        Grain = grain;
        Earliest = earliest;
        Latest = latest;
        Inferred = inferred;
        InferredFrom = inferredFrom;
        Alternatives = alternatives;
    }

    /// <inheritdoc />
    public override string Type => EntityTypes.Date;

    /// <summary>The TimeML TIMEX3 value: <c>2020-11-12</c>, <c>XXXX-09-27</c>, <c>198</c>, <c>1988/1994</c>, <c>P6W</c>, <c>PAST_REF</c>.</summary>
    public string Value { get; }

    /// <summary>Whether this is a date, a range, a duration, a set or a reference.</summary>
    public DateKind Kind { get; }

    /// <summary>The precision of the value (for a range, of its ends; for a duration, of its largest unit).</summary>
    public DateGrain Grain { get; }

    /// <summary>The first calendar day covered, when resolvable.</summary>
    public DateOnly? Earliest { get; }

    /// <summary>The last calendar day covered (inclusive), when resolvable.</summary>
    public DateOnly? Latest { get; }

    /// <summary>The parts of the value the text did not state.</summary>
    public DateInferredParts Inferred { get; }

    /// <summary>Where <see cref="Inferred"/> parts came from.</summary>
    public DateInferenceSource InferredFrom { get; }

    /// <summary>Other readings of the same text, as TIMEX3 values; empty when unambiguous.</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <inheritdoc />
    public override void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("value", Value);
        writer.WriteString("kind", KindName(Kind));
        if (Grain != DateGrain.None)
        {
            writer.WriteString("grain", GrainName(Grain));
        }

        if (Earliest is { } earliest)
        {
            writer.WriteString("earliest", earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (Latest is { } latest)
        {
            writer.WriteString("latest", latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (Inferred != DateInferredParts.None)
        {
            writer.WriteStartArray("inferred");
            if ((Inferred & DateInferredParts.Century) != 0)
            {
                writer.WriteStringValue("century");
            }

            if ((Inferred & DateInferredParts.Year) != 0)
            {
                writer.WriteStringValue("year");
            }

            if ((Inferred & DateInferredParts.Month) != 0)
            {
                writer.WriteStringValue("month");
            }

            if ((Inferred & DateInferredParts.Day) != 0)
            {
                writer.WriteStringValue("day");
            }

            writer.WriteEndArray();
            writer.WriteString("inferredFrom", SourceName(InferredFrom));
        }

        if (Alternatives.Count > 0)
        {
            writer.WriteStartArray("alternatives");
            foreach (var alternative in Alternatives)
            {
                writer.WriteStringValue(alternative);
            }

            writer.WriteEndArray();
        }
    }

    private static string KindName(DateKind kind) => kind switch
    {
        DateKind.Range => "range",
        DateKind.Duration => "duration",
        DateKind.Set => "set",
        DateKind.Reference => "reference",
        _ => "date",
    };

    private static string GrainName(DateGrain grain) => grain switch
    {
        DateGrain.Time => "time",
        DateGrain.Day => "day",
        DateGrain.Week => "week",
        DateGrain.Month => "month",
        DateGrain.Season => "season",
        DateGrain.Quarter => "quarter",
        DateGrain.Year => "year",
        DateGrain.Decade => "decade",
        DateGrain.Century => "century",
        _ => "none",
    };

    private static string SourceName(DateInferenceSource source) => source switch
    {
        DateInferenceSource.DocumentDate => "documentDate",
        DateInferenceSource.ConfiguredDate => "configuredDate",
        DateInferenceSource.EarlierDate => "earlierDate",
        DateInferenceSource.RangeEnd => "rangeEnd",
        DateInferenceSource.Assumption => "assumption",
        _ => "none",
    };
}
