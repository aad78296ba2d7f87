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

        var results = await ingestion.IngestWithChildrenAsync(sources, provider.GetServices<IContainerReader>()).ToListAsync();

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
        Assert.Equal("inner/nested.zip", byName["bundle.zip/inner/nested.zip"].Document!.Metadata.Extra["container.path"]);
        Assert.Equal("3", byName["bundle.zip"].Document!.Metadata.Extra["container.children"]);
    }
}
