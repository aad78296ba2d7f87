using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Readers.Archives.Tests;

/// <summary>Every format is recognised by its content alone, whatever the name, through the readers' signatures.</summary>
public sealed class ContentSniffingTests
{
    private static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b
            .AddTextReader().AddHtmlReader().AddOfficeReaders().AddMarkdownReader().AddCsvReader().AddEmailReader().AddArchiveReaders()
            .Configure(o => o.Containers.ExpandChildren = false));
        return services.BuildServiceProvider();
    }

    private static async Task<IngestResult> IngestAsync(byte[] content, string name)
    {
        await using var provider = Build();
        return await provider.GetRequiredService<IIngestionService>().IngestAsync(new MemorySourceDocument(content, new Uri("memory:/" + name)));
    }

    [Theory]
    [InlineData("statement.docx", "docx")]
    [InlineData("statement.xlsx", "xlsx")]
    [InlineData("statement.pptx", "pptx")]
    [InlineData("statement.epub", "epub")]
    [InlineData("bundle.zip", "zip")]
    [InlineData("html-with-attachments.eml", "email")]
    [InlineData("plain-with-docx.eml", "email")]
    [InlineData("levels.csv", "csv")]
    [InlineData("levels.tsv", "csv")]
    [InlineData("notes.md", "markdown")]
    public async Task A_document_without_a_name_is_read_by_the_reader_of_its_content(string fixture, string reader)
    {
        var result = await IngestAsync(await File.ReadAllBytesAsync(ZipReaderTests.Fixture(fixture)), "unnamed");

        Assert.Equal(reader, result.Reader);
        Assert.NotEqual(IngestStatus.Failed, result.Status);
    }

    [Theory]
    [InlineData("statement.docx", "report.zip", "docx")]
    [InlineData("statement.xlsx", "report.docx", "xlsx")]
    [InlineData("statement.epub", "book.zip", "epub")]
    [InlineData("html-with-attachments.eml", "page.html", "email")]
    public async Task A_signature_in_binary_or_markup_content_wins_over_the_name(string fixture, string name, string reader)
    {
        var result = await IngestAsync(await File.ReadAllBytesAsync(ZipReaderTests.Fixture(fixture)), name);

        Assert.Equal(reader, result.Reader);
    }

    [Theory]
    [InlineData("id;kind;size\n1;bolt;12\n2;nut;8\n", "text/csv")]
    [InlineData("when\twhere\n2026-01-02\tharbour\n", "text/tab-separated-values")]
    [InlineData("x,y,z\n1,2,3\n4,5,6\n7,8,9\n", "text/csv")]
    [InlineData("---\ntitle: Tide tables\n---\nLow water at dawn.\n", "text/markdown")]
    [InlineData("# Tides\n\nLow water.\n\n## Spring tides\n\nHigher.\n", "text/markdown")]
    [InlineData("Intro\n\n```\nlet x = 1;\n```\n", "text/markdown")]
    [InlineData("From: ann@example.org\nTo: bo@example.org\nSubject: tides\n\nLow water at six.\n", "message/rfc822")]
    public async Task Unlabelled_text_with_a_format_signature_is_read_as_that_format(string text, string mediaType)
    {
        var result = await IngestAsync(Encoding.UTF8.GetBytes(text), "unnamed");

        Assert.Equal(mediaType, result.MediaType);
    }

    [Theory]
    [InlineData("We sailed at dawn, the wind was fair, and by noon the coast was gone.\nThe crew, tired, slept.\nNobody, it seemed, minded.\n")]
    [InlineData("# one heading only\n\nAnd a plain paragraph after it.\n")]
    [InlineData("Subject: a note\nwithout any other header lines looking like mail\n")]
    public async Task Plain_prose_is_not_taken_for_another_text_format(string text)
    {
        var result = await IngestAsync(Encoding.UTF8.GetBytes(text), "unnamed");

        Assert.Equal(MediaTypes.PlainText, result.MediaType);
    }

    [Fact]
    public async Task Text_named_txt_stays_plain_text_even_when_it_looks_like_markdown()
    {
        var result = await IngestAsync(Encoding.UTF8.GetBytes("# Tides\n\n## Spring\n\nHigher.\n"), "notes.txt");

        Assert.Equal("text", result.Reader);
    }
}
