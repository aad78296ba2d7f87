namespace Ingest.Readers.Office.Tests.Conformance;

/// <summary>The converted fixtures of one Office format, the valid samples of its conformance suite.</summary>
internal static class OfficeSamples
{
    public static byte[][] Of(string extension)
        => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", "office"), "*" + extension)
            .Order(StringComparer.Ordinal).Take(2).Select(File.ReadAllBytes).ToArray();
}
