using Ingest.Normalizers.Names;
using Xunit.Abstractions;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// The held-out sets of real text, annotated by helpers who saw neither the rules nor the name data:
/// <c>Names/RealNews</c> (the article text of sixteen Mozilla readability test pages) and <c>Names/RealWebReport</c>
/// (forty excerpts of real web pages on topics and regions chosen apart from the <c>RealWeb</c> tune set). Only the
/// scores are printed, never the differences, so that nobody tunes on them; the floors sit below the first score.
/// </summary>
public sealed class HeldOutRealTextQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("RealNews", 16, 0.70, 0.84)]
    [InlineData("RealWebReport", 40, 0.74, 0.88)]
    public void Held_out_real_text_scores_above_floor(string set, int files, double mentionFloor, double linkingFloor)
    {
        var folder = Path.Combine(Path.GetDirectoryName(NameEvaluation.AnnotatedFolder())!, set);
        var (documents, gold) = NameEvaluation.RunAnnotatedSet(folder, keysPerDocument: true);
        var all = NameEvaluation.Score(documents, gold, _ => true, keysPerDocument: true);
        var organizations = NameEvaluation.Score(documents, gold, static k => k == NameKind.Organization, keysPerDocument: true);
        output.WriteLine($"{set}: {documents.Count} documents");
        output.WriteLine($"{set}, all kinds:     {all}");
        output.WriteLine($"{set}, organizations: {organizations}");

        Assert.Equal(files, documents.Count);
        Assert.True(all.F1 >= mentionFloor, all.ToString());
        Assert.True(all.BCubedF1 >= linkingFloor, all.ToString());
    }
}
