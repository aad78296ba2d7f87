using Ingest.Readers.Pdf.GlyphSources;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>
/// Bad input is normal input: with PdfPig as the engine, each malformed or adversarial PDF gives one result, text or a
/// <see cref="DocumentReadException"/> with a code, and never escapes as another exception, hangs or ends the process.
/// </summary>
public sealed class PdfPigHostileInputTests
{
    [Fact]
    public void A_truncated_file_fails_with_PdfPig_unreadable_and_its_reason()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(HostilePdfs.Truncated()));

        Assert.Equal("pdf.pdfpig.unreadable", ex.Code);
        Assert.Contains("xref", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_stream_that_contains_itself_fails_with_PdfPig_unreadable()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(HostilePdfs.ObjectStreamContainingItself()));

        Assert.Equal("pdf.pdfpig.unreadable", ex.Code);
        Assert.Contains("Object stream cannot contain itself", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_tree_whose_kids_hold_their_parent_fails_with_no_pages()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(HostilePdfs.KidsReferringToTheirParent()));

        Assert.Equal("pdf.structure.no-pages", ex.Code);
    }

    [Fact]
    public void A_startxref_past_the_end_is_recovered_by_scanning_the_objects()
    {
        var document = Read(HostilePdfs.XrefPastTheEnd());

        Assert.Equal(HostilePdfs.Text, document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_huge_declared_stream_length_reads_the_stream_up_to_endstream()
    {
        var document = Read(HostilePdfs.HugeDeclaredLength());

        Assert.Equal(HostilePdfs.Text, document.Text);
    }

    [Fact]
    public void A_stream_length_referring_to_its_own_stream_reads_the_stream_up_to_endstream()
    {
        var document = Read(HostilePdfs.LengthReferringToItsOwnStream());

        Assert.Equal(HostilePdfs.Text, document.Text);
    }

    [Fact]
    public void A_page_tree_nested_100_000_deep_is_read_without_overflowing_the_stack()
    {
        // PdfPig walks the page tree recursively; this depth takes more than a default 8 MB stack, whose overflow would
        // end the process. The open runs on the document's worker, whose stack is deep.
        var pdf = HostilePdfs.DeepPageTree(100_000);

        var document = Read(pdf, new PdfReaderOptions { TimeBudget = Timeout.InfiniteTimeSpan }.UsePdfPig(PdfPigMode.Engine));

        Assert.Equal(HostilePdfs.Text, document.Text);
        Assert.Equal(1, document.Metadata.PageCount);
    }

    [Fact]
    public void Forms_nested_5_000_deep_are_read_without_overflowing_the_stack()
    {
        // PdfPig runs a form's content inside the form that draws it, in GetPage: 3 000 levels overflow a 1 MB stack.
        // Page reads run on the document's worker, whose stack is deep.
        var pdf = HostilePdfs.NestedForms(5_000);

        var document = Read(pdf, new PdfReaderOptions { TimeBudget = Timeout.InfiniteTimeSpan }.UsePdfPig(PdfPigMode.Engine));

        Assert.Equal(HostilePdfs.Text, document.Text);
    }

    [Fact]
    public void An_exception_while_PdfPig_reads_a_page_fails_that_page_alone()
    {
        var pdf = TwoPages();
        var options = new PdfReaderOptions { GlyphSourceMode = PdfGlyphSourceMode.Engine };
        options.GlyphSource = new PdfPigGlyphSource(new PdfPigReadGate(4), ThrowOnPage2, options);

        var document = Read(pdf, options);

        Assert.Equal("First page", document.Text);
        var failed = Assert.Single(document.Diagnostics, d => d.Code == "pdf.page.failed");
        Assert.Equal(DiagnosticSeverity.Error, failed.Severity);
        Assert.Equal("page 2", failed.Location);
        Assert.Contains("letters broke", failed.Message, StringComparison.Ordinal);

        static void ThrowOnPage2(int page)
        {
            if (page == 2)
            {
                throw new InvalidOperationException("letters broke");
            }
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_given_to_PdfPig()
    {
        var source = new PdfPigGlyphSource(new PdfPigReadGate(4), limits: new PdfReaderOptions { MaxFileBytes = 100 });

        var ex = Assert.Throws<DocumentReadException>(() => source.Open(HostilePdfs.Valid(), null, CancellationToken.None));

        Assert.Equal("pdf.limit.file-size", ex.Code);
    }

    private static byte[] TwoPages() => new PdfFileBuilder()
        .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Add(2, "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 /MediaBox [0 0 612 792] >>")
        .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>")
        .AddStream(4, string.Empty, "BT /F1 12 Tf 72 720 Td (First page) Tj ET")
        .Add(5, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>")
        .AddStream(6, string.Empty, "BT /F1 12 Tf 72 720 Td (Second page) Tj ET")
        .Add(7, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        .Build();

    private static Document Read(byte[] pdf) => Read(pdf, new PdfReaderOptions().UsePdfPig(PdfPigMode.Engine));

    private static Document Read(byte[] pdf, PdfReaderOptions options)
    {
        var reader = new PdfReader(options);
        using var stream = new MemoryStream(pdf, writable: false);
        return reader.ReadAsync(stream, new ReadContext(new TestSource(), MediaTypes.Pdf)).AsTask().GetAwaiter().GetResult();
    }
}
