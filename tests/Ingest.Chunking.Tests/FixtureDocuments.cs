using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Chunking.Tests;

/// <summary>The fixture texts and their HTML and PDF renditions, read and normalized by the real pipeline once per test run.</summary>
public static class FixtureDocuments
{
    private static readonly Lazy<IReadOnlyList<(string Name, Document Document, string Source)>> All = new(Load);

    public static IEnumerable<object[]> Names() => All.Value.Select(d => new object[] { d.Name });

    public static (Document Document, string Source) Get(string name)
    {
        var found = All.Value.Single(d => d.Name == name);
        return (found.Document, found.Source);
    }

    private static List<(string, Document, string)> Load()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddHtmlReader().AddPdfReader().AddDateNormalizer().AddNumberNormalizer().AddNameNormalizer());
        using var provider = services.BuildServiceProvider();
        var ingestion = provider.GetRequiredService<IIngestionService>();
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var files = Directory.GetFiles(root, "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(root, "html"), "*.html"))
            .Concat(Directory.GetFiles(Path.Combine(root, "pdf"), "*.pdf"))
            .Order(StringComparer.Ordinal);
        var documents = new List<(string, Document, string)>();
        foreach (var file in files)
        {
            var result = ingestion.IngestAsync(new FileSourceDocument(file)).GetAwaiter().GetResult();
            Assert.NotNull(result.Document);
            documents.Add((Path.GetRelativePath(root, file), result.Document!, File.ReadAllText(file)));
        }

        return documents;
    }
}
