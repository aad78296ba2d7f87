using System.Globalization;

namespace Ingest.Evaluation.Dates;

/// <summary>Detection and value counts for one spec file, one file type or the whole half of a corpus.</summary>
internal sealed class DateScore
{
    public int Cases { get; set; }

    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int FalseNegatives { get; set; }

    public int Overlaps { get; set; }

    public int Valued { get; set; }

    public int ValueCorrect { get; set; }

    public static string Header => $"{"spec",-44} {"cases",5} {"P",6} {"R",6} {"F1",6} {"F1~",6} {"value",6}";

    public void Add(DateScore other)
    {
        Cases += other.Cases;
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
        Overlaps += other.Overlaps;
        Valued += other.Valued;
        ValueCorrect += other.ValueCorrect;
    }

    public string Line(string name)
    {
        var p = Ratio(TruePositives, TruePositives + FalsePositives);
        var r = Ratio(TruePositives, TruePositives + FalseNegatives);
        var f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        var expected = TruePositives + FalseNegatives;
        var po = Ratio(Overlaps, Overlaps + FalsePositives);
        var ro = Ratio(Overlaps, expected);
        var f1o = po + ro == 0 ? 0 : 2 * po * ro / (po + ro);
        var value = Valued == 0 ? "-" : Ratio(ValueCorrect, Valued).ToString("0.000", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{name,-44} {Cases,5} {p,6:0.000} {r,6:0.000} {f1,6:0.000} {f1o,6:0.000} {value,6}");
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
