using System.Text;
using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Detection;

public sealed class FormatDetectionTests
{
    private static async Task<IngestResult> IngestAsync(byte[] content, string name, string? mediaTypeHint = null)
    {
        await using var provider = PipelineHarness.Build(b => b
            .AddReader(new EchoReader("html", DocumentFormat.Html))
            .AddReader(new EchoReader("pdf", DocumentFormat.Pdf))
            .AddReader(new EchoReader("csv", new DocumentFormat("text/csv", ".csv"))));
        var service = provider.GetRequiredService<IIngestionService>();
        return await service.IngestAsync(new MemorySourceDocument(content, new Uri("memory:/" + name)) { MediaType = mediaTypeHint });
    }

    [Fact]
    public async Task A_pdf_named_txt_is_read_as_pdf()
    {
        var result = await IngestAsync(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), "report.txt");

        Assert.Equal(MediaTypes.Pdf, result.MediaType);
        Assert.Equal("pdf", result.Reader);
        Assert.Contains(result.Diagnostics, d => d.Code == "detect.extension-mismatch" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public async Task Text_named_pdf_is_read_as_text()
    {
        var result = await IngestAsync(Encoding.UTF8.GetBytes("Just some words, not a PDF at all."), "fake.pdf");

        Assert.Equal(MediaTypes.PlainText, result.MediaType);
        Assert.Equal("echo", result.Reader);
        Assert.Equal(IngestStatus.Succeeded, result.Status);
        var mismatch = Assert.Single(result.Diagnostics, d => d.Code == "detect.extension-mismatch");
        Assert.Equal(DiagnosticSeverity.Warning, mismatch.Severity);
        Assert.Contains(".pdf", mismatch.Message);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hi</p></body></html>")]
    [InlineData("  \n<html lang=\"en\"><head><title>x</title></head></html>")]
    [InlineData("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")]
    [InlineData("<div class=\"article\"><p>Fragment</p></div>")]
    public async Task Html_is_recognized_by_its_markup_whatever_the_name(string html)
    {
        var result = await IngestAsync(Encoding.UTF8.GetBytes(html), "page.txt");

        Assert.Equal(MediaTypes.Html, result.MediaType);
    }

    [Fact]
    public async Task Text_that_mentions_a_tag_later_on_is_still_text()
    {
        var result = await IngestAsync(Encoding.UTF8.GetBytes("Notes on markup: the <b> element makes text bold."), "notes.txt");

        Assert.Equal(MediaTypes.PlainText, result.MediaType);
    }

    [Fact]
    public async Task Text_labelled_as_csv_goes_to_the_csv_reader()
    {
        var byExtension = await IngestAsync(Encoding.UTF8.GetBytes("a,b\n1,2\n"), "table.csv");
        var byHint = await IngestAsync(Encoding.UTF8.GetBytes("a,b\n1,2\n"), "download", "text/csv; charset=utf-8");

        Assert.Equal("csv", byExtension.Reader);
        Assert.Equal("csv", byHint.Reader);
    }

    [Fact]
    public async Task A_pdf_labelled_csv_is_still_a_pdf()
    {
        var result = await IngestAsync(Encoding.ASCII.GetBytes("%PDF-1.4\n%âãÏÓ\n"), "data.csv", "text/csv");

        Assert.Equal("pdf", result.Reader);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public async Task Utf16_without_a_byte_order_mark_is_text_not_binary(string charset)
    {
        var encoding = charset == "utf-16le" ? new UnicodeEncoding(false, false) : new UnicodeEncoding(true, false);
        var bytes = encoding.GetBytes("Plain words in UTF-16 without a byte-order mark.");

        var result = await IngestAsync(bytes, "utf16.txt");

        Assert.Equal(MediaTypes.PlainText, result.MediaType);
        Assert.Equal(IngestStatus.Succeeded, result.Status);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "application/zip")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "image/jpeg")]
    public async Task Known_binary_formats_without_a_reader_fail_with_a_clear_diagnostic(byte[] magic, string expected)
    {
        var content = magic.Concat(new byte[200]).ToArray();

        var result = await IngestAsync(content, "file.txt");

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(expected, result.MediaType);
        Assert.Contains(result.Diagnostics, d => d.Code == "detect.unsupported-format" && d.Message.Contains(expected));
    }

    [Fact]
    public async Task An_empty_file_is_empty_text()
    {
        var result = await IngestAsync([], "empty.txt");

        Assert.Equal(MediaTypes.PlainText, result.MediaType);
        Assert.Equal(string.Empty, result.Document!.Text);
    }

    [Fact]
    public async Task A_textual_format_without_its_own_reader_falls_back_to_plain_text()
    {
        var result = await IngestAsync(Encoding.UTF8.GetBytes("{\"a\": 1}"), "data.json", "application/json");

        Assert.Equal("echo", result.Reader);
        Assert.Contains(result.Diagnostics, d => d.Code == "detect.read-as-text");
    }
}
