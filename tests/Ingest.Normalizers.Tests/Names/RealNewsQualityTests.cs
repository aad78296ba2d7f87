using Ingest.Normalizers.Names;
using Xunit.Abstractions;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Real news and feature pages (the article text of sixteen Mozilla readability test pages), annotated by a helper
/// who saw neither the rules nor the name data (see <c>Names/RealNews/README.md</c>). A held-out set: only the
/// scores are printed, never the differences, so that nobody tunes on it; the floors sit below the first score.
/// </summary>
public sealed class RealNewsQualityTests(ITestOutputHelper output)
{
    private const double MentionFloor = 0.69;

    private const double LinkingFloor = 0.84;

    private static string Folder() => Path.Combine(Path.GetDirectoryName(NameEvaluation.AnnotatedFolder())!, "RealNews");

    [Fact]
    public void Real_news_scores_above_floor()
    {
        var (documents, gold) = NameEvaluation.RunAnnotatedSet(Folder(), keysPerDocument: true);
        var all = NameEvaluation.Score(documents, gold, _ => true, keysPerDocument: true);
        var organizations = NameEvaluation.Score(documents, gold, static k => k == NameKind.Organization, keysPerDocument: true);
        output.WriteLine($"real news: {documents.Count} documents");
        output.WriteLine("real news, all kinds:    " + all);
        output.WriteLine("real news, organizations: " + organizations);

        Assert.Equal(16, documents.Count);
        Assert.True(all.F1 >= MentionFloor, all.ToString());
        Assert.True(all.BCubedF1 >= LinkingFloor, all.ToString());
    }
}
