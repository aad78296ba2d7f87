using System.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Robustness;

public sealed class AdversarialInputTests
{
    private static void ReadsOrRefuses(byte[] data, PdfReaderOptions? options = null)
    {
        try
        {
            var document = PdfTestReading.Read(data, options);
            Assert.All(document.Blocks, b => Assert.InRange(b.Start + b.Length, b.Start, document.Text.Length));
        }
        catch (DocumentReadException ex)
        {
            Assert.StartsWith("pdf.", ex.Code);
        }
    }

    [Fact]
    public void Garbage_is_refused_with_a_document_read_exception()
    {
        var garbage = new byte[10_000];
        new Random(42).NextBytes(garbage);

        var ex = Assert.Throws<DocumentReadException>(() => PdfTestReading.Read(garbage));

        Assert.StartsWith("pdf.", ex.Code);
    }

    [Fact]
    public void Truncated_renditions_never_throw_anything_else()
    {
        var data = File.ReadAllBytes(PdfTestReading.FixturePath(Path.Combine("pdf", "libreoffice-003_d83d9bb4bc8cd208.pdf")));
        for (var length = 0; length < data.Length; length += data.Length / 37)
        {
            ReadsOrRefuses(data[..length]);
        }
    }

    [Fact]
    public void Randomly_corrupted_files_never_throw_anything_else()
    {
        var original = File.ReadAllBytes(PdfTestReading.FixturePath(Path.Combine("pdf", "chromium-003_d83d9bb4bc8cd208.pdf")));
        var random = new Random(7);
        for (var round = 0; round < 25; round++)
        {
            var data = (byte[])original.Clone();
            for (var k = 0; k < 40; k++)
            {
                data[random.Next(data.Length)] = (byte)random.Next(256);
            }

            ReadsOrRefuses(data);
        }
    }

    [Fact]
    public void Deeply_nested_objects_do_not_overflow_the_stack()
    {
        var nested = new string('[', 200_000) + new string(']', 200_000);
        var pdf = PdfFileBuilder.SinglePage("BT /F1 12 Tf 72 720 Td (Still read) Tj ET")
            .Add(6, "<< /Deep " + nested + " >>")
            .Build();

        Assert.Equal("Still read", PdfTestReading.Read(pdf).Text);
    }

    [Fact]
    public void Deeply_nested_content_arrays_do_not_overflow_the_stack()
    {
        var content = "BT /F1 12 Tf 72 720 Td " + new string('[', 100_000) + " (x) Tj ET (Later) Tj";
        ReadsOrRefuses(PdfFileBuilder.SinglePage(content).Build());
    }

    [Fact]
    public void Reference_cycles_in_the_page_tree_and_in_lengths_terminate()
    {
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R 2 0 R 6 0 R] /Count 2 >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .Add(4, "<< /Length 4 0 R >>\nstream\nBT /F1 12 Tf 72 720 Td (Cycle safe) Tj ET\nendstream")
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Add(6, "<< /Type /Pages /Kids [6 0 R 2 0 R] >>")
            .Add(7, "8 0 R")
            .Add(8, "7 0 R")
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Cycle safe", document.Text);
    }

    [Fact]
    public void Form_xobjects_that_draw_themselves_are_cut_by_the_loop_guard()
    {
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources 6 0 R /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "/X1 Do")
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Add(6, "<< /Font << /F1 5 0 R >> /XObject << /X1 7 0 R >> >>")
            .AddStream(7, "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 6 0 R", "BT /F1 12 Tf 72 720 Td (Form text) Tj ET /X1 Do")
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Form text", document.Text);
    }

    [Fact]
    public void A_decompression_bomb_page_gives_a_diagnostic_and_other_pages_are_read()
    {
        var bomb = PdfFileBuilder.Deflate(new byte[40_000_000]);
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, "/Filter /FlateDecode", bomb)
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Add(6, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>")
            .AddStream(7, string.Empty, "BT /F1 12 Tf 72 720 Td (Second page survives) Tj ET")
            .Build();

        var document = PdfTestReading.Read(pdf, new PdfReaderOptions { MaxStreamBytes = 1_000_000 });

        Assert.Equal("Second page survives", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.page.failed" && d.Location == "page 1");
        Assert.Equal(2, document.Metadata.PageCount);
    }

    [Fact]
    public void The_time_budget_stops_reading_with_a_diagnostic()
    {
        var content = string.Concat(Enumerable.Repeat("BT /F1 12 Tf 72 720 Td (slow) Tj ET\n", 200_000));
        var pdf = PdfFileBuilder.SinglePage(content).Build();

        // No page is read within the budget, so the document fails with the limit's code rather than succeeding empty.
        var ex = Assert.Throws<DocumentReadException>(() => PdfTestReading.Read(pdf, new PdfReaderOptions { TimeBudget = TimeSpan.FromMilliseconds(1) }));

        Assert.Equal("pdf.limit.time", ex.Code);
    }

    [Fact]
    public void Cancellation_is_reported_as_operation_canceled()
    {
        var pdf = PdfFileBuilder.SinglePage("BT /F1 12 Tf 72 720 Td (x) Tj ET").Build();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var reader = new PdfReader();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            reader.ReadAsync(new MemoryStream(pdf), new ReadContext(new MemorySource(pdf), MediaTypes.Pdf), cts.Token).AsTask().GetAwaiter().GetResult());
    }
}
