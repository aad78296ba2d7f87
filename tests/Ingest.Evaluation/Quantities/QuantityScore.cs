using System.Globalization;

namespace Ingest.Evaluation.Quantities;

/// <summary>The counts of one half of the quantities set and the figures printed from them.</summary>
internal sealed class QuantityScore
{
    public int Gold { get; set; }

    public int Predicted { get; set; }

    public int ExactSpans { get; set; }

    public int OverlappingSpans { get; set; }

    /// <summary>Gold mentions found with the exact span, both bounds, the direction and the unit right.</summary>
    public int AllRight { get; set; }

    /// <summary>Gold mentions found with the exact span, the value (both bounds) and the unit right.</summary>
    public int ValueAndUnitRight { get; set; }

    public int Ranges { get; set; }

    /// <summary>Gold two-ended ranges found with the exact span and both ends right.</summary>
    public int RangesRight { get; set; }

    public int OneSided { get; set; }

    /// <summary>Gold one-sided bounds whose span was found (exactly) with the right direction.</summary>
    public int DirectionsRight { get; set; }

    /// <summary>Gold one-sided bounds found with the exact span, the direction and the bound right.</summary>
    public int OneSidedRight { get; set; }

    public int Approximate { get; set; }

    /// <summary>Gold mentions matched through a mapped convention (a hedge in the span).</summary>
    public int Mapped { get; set; }

    public int ApproximateRight { get; set; }

    public void Print(TextWriter output, string half)
    {
        var p = Ratio(ExactSpans, Predicted);
        var r = Ratio(ExactSpans, Gold);
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var overlapR = Ratio(OverlappingSpans, Gold);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{half,-7} gold {Gold,4} predicted {Predicted,4} | exact P {p:F3} R {r:F3} F1 {f1:F3} | overlap R {overlapR:F3} | mapped {Mapped}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"        value and unit right {Ratio(ValueAndUnitRight, Gold):F3} ({ValueAndUnitRight}/{Gold}) | everything right {Ratio(AllRight, Gold):F3} ({AllRight}/{Gold})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"        ranges: span and both ends right {Ratio(RangesRight, Ranges):F3} ({RangesRight}/{Ranges})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"        one-sided: direction right {Ratio(DirectionsRight, OneSided):F3} ({DirectionsRight}/{OneSided}), with the bound {Ratio(OneSidedRight, OneSided):F3} ({OneSidedRight}/{OneSided}) | approximate flagged {Ratio(ApproximateRight, Approximate):F3} ({ApproximateRight}/{Approximate})"));
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
