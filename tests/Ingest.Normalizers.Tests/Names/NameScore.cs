namespace Ingest.Normalizers.Tests.Names;

/// <summary>Mention precision, recall and F1 (exact span and kind) and B-cubed linking scores.</summary>
internal sealed record NameScore(int Gold, int Predicted, int Matched, double BCubedPrecision, double BCubedRecall)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double BCubedF1 => BCubedPrecision + BCubedRecall == 0 ? 0 : 2 * BCubedPrecision * BCubedRecall / (BCubedPrecision + BCubedRecall);

    public override string ToString() =>
        $"mentions gold {Gold} predicted {Predicted} matched {Matched}: P {Precision:F3} R {Recall:F3} F1 {F1:F3}; B-cubed P {BCubedPrecision:F3} R {BCubedRecall:F3} F1 {BCubedF1:F3}";
}
