using System.Diagnostics;
using Ingest.Readers.Pdf.Fonts;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Robustness;

/// <summary>
/// Budgets that hold inside nested forms and CMaps, memory bounded as the work grows, and a status that tells the
/// truth: hostile inputs are generated small and seeded.
/// </summary>
public sealed class BudgetTests
{
    [Fact]
    public void Nested_forms_that_multiply_text_stop_at_the_memory_bound_with_an_error()
    {
        // 9 levels of 8 draws each: 16.7 million copies of the text from a file of a few kilobytes.
        var pdf = HostileInputGenerator.NestedForms(levels: 9, fanOut: 8, innerText: "copy", seed: 1);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var document = PdfTestReading.Read(pdf, new PdfReaderOptions { MaxDecodedBytes = 8L * 1024 * 1024 });

        Assert.True(pdf.Length < 8192, $"generator made {pdf.Length} bytes");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 400L * 1024 * 1024, "allocated past the bound");
        var error = Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("pdf.limit.memory", error.Code);
    }

    [Fact]
    public void Nested_forms_that_multiply_drawing_stop_at_the_page_operation_limit_and_keep_the_text_before()
    {
        var pdf = HostileInputGenerator.NestedForms(levels: 10, fanOut: 8, innerText: null, seed: 2);

        var document = PdfTestReading.Read(pdf, new PdfReaderOptions { TimeBudget = Timeout.InfiniteTimeSpan });

        Assert.Equal("Before the forms", document.Text);
        var error = Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("pdf.limit.page-operations", error.Code);
        Assert.Equal("page 1", error.Location);
    }

    [Fact]
    public void The_time_budget_is_checked_inside_nested_forms()
    {
        var pdf = HostileInputGenerator.NestedForms(levels: 12, fanOut: 6, innerText: null, seed: 3);
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<DocumentReadException>(() => PdfTestReading.Read(pdf, new PdfReaderOptions { TimeBudget = TimeSpan.FromMilliseconds(30) }));

        Assert.Equal("pdf.limit.time", ex.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Cancellation_is_checked_inside_nested_forms()
    {
        var pdf = HostileInputGenerator.NestedForms(levels: 12, fanOut: 6, innerText: null, seed: 4);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var reader = new PdfReader(new PdfReaderOptions { TimeBudget = Timeout.InfiniteTimeSpan });
        var clock = Stopwatch.StartNew();

        // On a fast machine one read can end at the page's operation limit before 50 ms pass; reading again until the
        // token fires keeps the test about cancellation, which nearly all of each read spends inside the nested forms.
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                reader.Read(pdf, new ReadContext(new MemorySource(pdf), MediaTypes.Pdf), cts.Token);
            }
        });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Forms_nested_past_the_depth_limit_make_the_page_partial_with_an_error()
    {
        var pdf = HostileInputGenerator.NestedForms(levels: 40, fanOut: 1, innerText: "too deep", seed: 5);

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Before the forms", document.Text);
        var error = Assert.Single(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("pdf.limit.form-depth", error.Code);
    }

    [Fact]
    public void A_cmap_with_100000_code_space_ranges_is_read_within_the_budget()
    {
        var pdf = HostileInputGenerator.CMapWithCodeSpaceRanges(codeSpaceRanges: 100_000, glyphs: 20_000, seed: 6);
        var clock = Stopwatch.StartNew();

        var document = PdfTestReading.Read(pdf, new PdfReaderOptions { TimeBudget = TimeSpan.FromSeconds(10) });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.StartsWith("ABCDEFGHIJKLMNOPQRSTUVWXYZABC", document.Text, StringComparison.Ordinal);
        Assert.Equal(20_000, document.Text.Count(char.IsAsciiLetterUpper));
    }

    [Fact]
    public void Cmap_parsing_checks_the_budget_as_it_goes()
    {
        var data = System.Text.Encoding.Latin1.GetBytes(string.Concat(Enumerable.Repeat("1 begincodespacerange <00> <FF> endcodespacerange\n", 5_000)));
        var checks = 0;

        Assert.Throws<OperationCanceledException>(() => PdfCMap.Parse(data, () =>
        {
            if (++checks == 3)
            {
                throw new OperationCanceledException();
            }
        }));
        Assert.Equal(3, checks);
    }

    [Fact]
    public void A_cmap_keeps_a_bounded_number_of_code_space_ranges_and_says_so()
    {
        var data = System.Text.Encoding.Latin1.GetBytes("1000 begincodespacerange " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"<{i:X4}> <{i:X4}> ")) + "endcodespacerange");

        var cmap = PdfCMap.Parse(data);

        Assert.True(cmap.WasTruncated);
        Assert.Equal(2, cmap.ReadCode([0x00, 0x05], 0, 1, out var code));
        Assert.Equal(5u, code);
    }

    [Fact]
    public void A_pdf_with_no_page_fails_instead_of_succeeding_empty()
    {
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [] /Count 0 >>")
            .Build();

        var ex = Assert.Throws<DocumentReadException>(() => PdfTestReading.Read(pdf));

        Assert.Equal("pdf.structure.no-pages", ex.Code);
    }

    [Fact]
    public void A_pdf_whose_every_page_fails_is_failed()
    {
        var bomb = PdfFileBuilder.Deflate(new byte[4_000_000]);
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>")
            .AddStream(4, "/Filter /FlateDecode", bomb)
            .Build();

        var ex = Assert.Throws<DocumentReadException>(() => PdfTestReading.Read(pdf, new PdfReaderOptions { MaxStreamBytes = 100_000 }));

        Assert.Equal("pdf.page.none-readable", ex.Code);
    }

    [Fact]
    public void A_scanned_page_with_no_text_is_read_not_failed()
    {
        var pdf = PdfFileBuilder.SinglePage("q 100 0 0 100 72 600 cm 0 0 m 1 1 l S Q").Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal(string.Empty, document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.text.none" && d.Severity == DiagnosticSeverity.Warning);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
