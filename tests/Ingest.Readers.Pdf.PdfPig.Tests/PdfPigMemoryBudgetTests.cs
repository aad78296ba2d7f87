using System.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>
/// PdfPig's stream decoding is bounded by the reader's <see cref="PdfReaderOptions.MaxStreamBytes"/> and
/// <see cref="PdfReaderOptions.MaxDecodedBytes"/>: a decompression bomb fails with Ingest's engine's limit codes instead
/// of allocating what it inflates to, and a normal PDF reads as before.
/// </summary>
[Collection(MemoryMeasurement.Name)]
public sealed class PdfPigMemoryBudgetTests
{
    [Fact]
    public void A_Flate_bomb_page_fails_with_the_stream_limit_and_the_other_page_is_kept()
    {
        var pdf = FlateBombs.SecondPage();
        var options = new PdfReaderOptions { MaxStreamBytes = 8 << 20 }.UsePdfPig(PdfPigMode.Engine);

        var (document, allocated) = MemoryMeasurement.Allocated(() => Read(pdf, options));

        Assert.True(pdf.Length < 400_000, $"The bomb is {pdf.Length} bytes.");
        Assert.Equal("First page", document.Text);
        var failed = Assert.Single(document.Diagnostics, d => d.Code == "pdf.page.failed");
        Assert.Equal("page 2", failed.Location);
        Assert.Contains("pdf.limit.decompression", failed.Message, StringComparison.Ordinal);
        Assert.Contains((8 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture), failed.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"Reading the bomb allocated {allocated >> 20} MiB; it inflates to {FlateBombs.InflatedBytes >> 20} MiB.");
    }

    [Fact]
    public void A_Flate_bomb_under_the_stream_limit_stops_at_the_document_memory_bound()
    {
        var pdf = FlateBombs.SecondPage();
        var options = new PdfReaderOptions { MaxStreamBytes = 1L << 30, MaxDecodedBytes = 16 << 20 }.UsePdfPig(PdfPigMode.Engine);

        var (document, allocated) = MemoryMeasurement.Allocated(() => Read(pdf, options));

        // As in the own engine, the document-wide bound stops reading at the page that crossed it, under its own code.
        Assert.Equal("First page", document.Text);
        var stopped = Assert.Single(document.Diagnostics, d => d.Code == "pdf.limit.memory");
        Assert.Equal("page 2", stopped.Location);
        Assert.Contains("Reading stopped at page 2 of 2", stopped.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "pdf.page.failed");
        Assert.True(allocated < 96L << 20, $"Reading the bomb allocated {allocated >> 20} MiB.");
    }

    [Fact]
    public void A_one_page_Flate_bomb_fails_the_document_with_default_limits_without_inflating_it()
    {
        var pdf = FlateBombs.OnePage("Hello there");

        var (failure, allocated) = MemoryMeasurement.Allocated(
            () => Assert.Throws<DocumentReadException>(() => Read(pdf, new PdfReaderOptions().UsePdfPig(PdfPigMode.Engine))));

        // The reader names a document none of whose pages was read; the page's limit code is in its page diagnostic.
        Assert.Equal("pdf.page.none-readable", failure.Code);
        Assert.True(allocated < FlateBombs.InflatedBytes, $"Reading the bomb allocated {allocated >> 20} MiB, as much as it inflates to.");
    }

    [Fact]
    public void A_Flate_bomb_in_an_object_stream_fails_the_open_with_the_stream_limit()
    {
        var pdf = FlateBombs.ObjectStream();
        var options = new PdfReaderOptions { MaxStreamBytes = 8 << 20 }.UsePdfPig(PdfPigMode.Engine);

        var (failure, allocated) = MemoryMeasurement.Allocated(() => Assert.Throws<DocumentReadException>(() => Read(pdf, options)));

        Assert.Equal("pdf.limit.decompression", failure.Code);
        Assert.StartsWith("PdfPig could not open the PDF", failure.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"Reading the bomb allocated {allocated >> 20} MiB.");
    }

    [Fact]
    public void A_Flate_bomb_in_an_embedded_font_fails_its_page_with_the_stream_limit()
    {
        var pdf = FlateBombs.EmbeddedFont();
        var options = new PdfReaderOptions { MaxStreamBytes = 8 << 20 }.UsePdfPig(PdfPigMode.Engine);

        var (document, allocated) = MemoryMeasurement.Allocated(() => Read(pdf, options));

        Assert.Equal("First page", document.Text);
        var failed = Assert.Single(document.Diagnostics, d => d.Code == "pdf.page.failed");
        Assert.Equal("page 2", failed.Location);
        Assert.Contains("pdf.limit.decompression", failed.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64L << 20, $"Reading the bomb allocated {allocated >> 20} MiB.");
    }

    [Fact]
    public void In_fallback_mode_a_Flate_bomb_keeps_the_own_engines_result()
    {
        var pdf = FlateBombs.SecondPage();
        var options = new PdfReaderOptions { MaxStreamBytes = 8 << 20 }.UsePdfPig(PdfPigMode.Fallback);

        var (document, allocated) = MemoryMeasurement.Allocated(() => Read(pdf, options));

        // The own engine's page 1 and its failure of page 2 stand; PdfPig's try at page 2 stopped at the same limit.
        Assert.Equal("First page", document.Text);
        var failures = document.Diagnostics.Where(d => d.Code == "pdf.page.failed").ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, d => Assert.Equal("page 2", d.Location));
        Assert.Contains(failures, d => d.Message.Contains("by pdfpig", StringComparison.Ordinal) && d.Message.Contains("pdf.limit.decompression", StringComparison.Ordinal));
        Assert.True(allocated < 64L << 20, $"Reading the bomb allocated {allocated >> 20} MiB.");
    }

    [Fact]
    public void Flate_and_ASCIIHex_content_streams_read_as_before()
    {
        var content = Encoding.Latin1.GetBytes("BT /F1 12 Tf 72 720 Td (Hello there) Tj ET");
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R 6 0 R] >>")
            .AddStream(4, "/Filter /FlateDecode", PdfFileBuilder.Deflate(content))
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .AddStream(6, "/Filter [/ASCIIHexDecode /FlateDecode]", Hex(PdfFileBuilder.Deflate(Encoding.Latin1.GetBytes(" BT /F1 12 Tf 72 700 Td (General Kenobi) Tj ET"))))
            .Build();

        var document = Read(pdf, new PdfReaderOptions().UsePdfPig(PdfPigMode.Engine));

        Assert.Equal("Hello there General Kenobi", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static byte[] Hex(byte[] data) => Encoding.Latin1.GetBytes(Convert.ToHexString(data) + ">");

    private static Document Read(byte[] pdf, PdfReaderOptions options)
    {
        var reader = new PdfReader(options);
        using var stream = new MemoryStream(pdf, writable: false);
        return reader.ReadAsync(stream, new ReadContext(new TestSource(), MediaTypes.Pdf)).AsTask().GetAwaiter().GetResult();
    }
}
