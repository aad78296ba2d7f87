namespace Ingest.ConsoleHost;

/// <summary>What the sample host registers and ingests by default.</summary>
internal static class HostComposition
{
    /// <summary>Registers every reader and normalizer that ships with Ingest.</summary>
    public static void AddBuiltIns(IIngestBuilder builder)
    {
        builder
            .AddTextReader()
            .AddHtmlReader()
            .AddPdfReader()
            .AddOfficeReaders()
            .AddEmailReader()
            .AddArchiveReaders()
            .AddMarkdownReader()
            .AddCsvReader()
            .AddDateNormalizer()
            .AddNumberNormalizer()
            .AddNameNormalizer()
            .AddHttpSource();
    }

    /// <summary>The fixture documents copied next to the host at build time.</summary>
    public static List<string> BundledFixtures()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fixtures");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList()
            : new List<string>();
    }
}
