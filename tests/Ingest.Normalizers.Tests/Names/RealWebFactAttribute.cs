namespace Ingest.Normalizers.Tests.Names;

/// <summary>A fact skipped when the real-web tune set is not present (it is annotated on another branch).</summary>
public sealed class RealWebFactAttribute : FactAttribute
{
    /// <summary>Skips the test when <see cref="RealWebQualityTests.Folder"/> holds no annotated file.</summary>
    public RealWebFactAttribute()
    {
        if (!Directory.Exists(RealWebQualityTests.Folder()) || Directory.GetFiles(RealWebQualityTests.Folder(), "*.txt").Length == 0)
        {
            Skip = "no real-web tune set at " + RealWebQualityTests.Folder();
        }
    }
}
