using Ingest.Normalizers.Names;
using Xunit.Abstractions;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Real web pages annotated by a helper who saw no rules (<c>Names/RealWeb</c>): a tune set, so the scores and every
/// difference are printed. Its held-out counterparts are in <see cref="HeldOutRealTextQualityTests"/>.
/// The floors sit a little under the scores measured on its 40 files (2026-12-07, round 6: F1 0.853, B-cubed 0.968).
/// </summary>
public sealed class RealWebQualityTests(ITestOutputHelper output)
{
    private const double MentionFloor = 0.84;

    private const double LinkingFloor = 0.95;

    private static string Folder() => Path.Combine(Path.GetDirectoryName(NameEvaluation.AnnotatedFolder())!, "RealWeb");

    [Fact]
    public void Real_web_tune_set_scores_above_floor()
    {
        var (documents, gold) = NameEvaluation.RunAnnotatedSet(Folder(), keysPerDocument: true);
        var all = NameEvaluation.Score(documents, gold, _ => true, keysPerDocument: true);
        var organizations = NameEvaluation.Score(documents, gold, static k => k == NameKind.Organization, keysPerDocument: true);
        output.WriteLine($"real web: {documents.Count} documents");
        output.WriteLine("real web, all kinds:     " + all);
        output.WriteLine("real web, organizations: " + organizations);
        foreach (var line in NameEvaluation.Differences(documents, gold))
        {
            output.WriteLine(line);
        }

        Assert.Equal(40, documents.Count);
        Assert.True(all.F1 >= MentionFloor, all.ToString());
        Assert.True(all.BCubedF1 >= LinkingFloor, all.ToString());
    }
}
