using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Readers.Archives.Tests;

public sealed class MixedFolderTests
{
    [Fact]
    public async Task A_folder_of_every_format_gives_one_result_per_document_and_per_child()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b
            .AddTextReader()
            .AddHtmlReader()
            .AddOfficeReaders()
            .AddMarkdownReader()
            .AddCsvReader()
            .AddEmailReader()
            .AddArchiveReaders());
        await using var provider = services.BuildServiceProvider();
        var ingestion = provider.GetRequiredService<IIngestionService>();
        var folder = Path.GetDirectoryName(ZipReaderTests.Fixture("bundle.zip"))!;
        var sources = Directory.GetFiles(folder).Order().Select(p => (SourceDocument)new FileSourceDocument(p)).ToAsyncEnumerable();

        var results = await ingestion.IngestAsync(sources).ToListAsync();

        var byName = results.ToDictionary(r => r.Source.AbsolutePath[(r.Source.AbsolutePath.IndexOf("/mixed/", StringComparison.Ordinal) + 7)..], r => r);
        var expected = new Dictionary<string, string>
        {
            ["bundle.zip"] = "zip",
            ["bundle.zip/docs/statement.txt"] = "text",
            ["bundle.zip/docs/statement.docx"] = "docx",
            ["bundle.zip/inner/nested.zip"] = "zip",
            ["bundle.zip/inner/nested.zip/readme.md"] = "markdown",
            ["html-with-attachments.eml"] = "email",
            ["html-with-attachments.eml/attachments/1-notes.txt"] = "text",
            ["html-with-attachments.eml/attachments/2-forwarded.eml"] = "email",
            ["levels.csv"] = "csv",
            ["levels.tsv"] = "csv",
            ["notes.md"] = "markdown",
            ["plain-with-docx.eml"] = "email",
            ["plain-with-docx.eml/attachments/1-statement.docx"] = "docx",
            ["statement.docx"] = "docx",
            ["statement.epub"] = "epub",
            ["statement.epub/OEBPS/text/ch1.xhtml"] = "html",
            ["statement.epub/OEBPS/text/ch2.xhtml"] = "html",
            ["statement.pptx"] = "pptx",
            ["statement.xlsx"] = "xlsx",
        };
        Assert.Equal(expected.OrderBy(e => e.Key), byName.Select(r => KeyValuePair.Create(r.Key, r.Value.Reader!)).OrderBy(e => e.Key));
        Assert.All(results, r => Assert.NotEqual(IngestStatus.Failed, r.Status));
        var nested = byName["bundle.zip/inner/nested.zip"];
        Assert.Equal("inner/nested.zip", nested.PathInParent);
        Assert.Equal(byName["bundle.zip"].Source, nested.Parent);
        Assert.Equal(1, nested.Depth);
        Assert.Equal(2, byName["bundle.zip/inner/nested.zip/readme.md"].Depth);
        Assert.Equal("3", byName["bundle.zip"].Document!.Metadata.Extra["container.children"]);

        // Every child comes before its parent's result.
        var position = results.Select((r, i) => (r.Source, i)).ToDictionary(x => x.Source, x => x.i);
        Assert.All(results.Where(r => r.Parent is not null), r => Assert.True(position[r.Source] < position[r.Parent!], $"{r.Source} after its parent"));
    }
}
