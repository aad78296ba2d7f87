using System.Text;
using Ingest.Readers.Pdf.GlyphSources;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>
/// PdfPig's page reads cannot be interrupted: the reader stops waiting for a page when the document's budget ends. A
/// seam blocks a chosen page until the test releases it, so nothing depends on how fast the machine is.
/// </summary>
public sealed class PdfPigTimeBudgetTests
{
    // Long enough never to end by itself: the blocker ends it through the manual clock when the blocked page starts.
    private static readonly TimeSpan Budget = TimeSpan.FromHours(1);

    [Fact]
    public void A_page_that_outlives_the_budget_is_abandoned_and_the_pages_before_it_are_kept()
    {
        using var blocker = new PageBlocker(2);
        var gate = new PdfPigReadGate(4);
        var options = EngineOptions(gate, blocker);

        var document = Read(ThreePages(), options);

        Assert.Equal("Page one text", document.Text);
        var limit = Assert.Single(document.Diagnostics, d => d.Code == "pdf.limit.time");
        Assert.Equal(DiagnosticSeverity.Error, limit.Severity);
        Assert.Equal("page 2", limit.Location);
        Assert.Contains("stopped at page 2 of 3", limit.Message, StringComparison.Ordinal);
        Assert.Equal(1, gate.Abandoned);

        blocker.Release();
        Assert.True(SpinWait.SpinUntil(() => gate.Abandoned == 0, TimeSpan.FromSeconds(30)), "the abandoned read never finished");
    }

    [Fact]
    public void A_first_page_that_outlives_the_budget_fails_the_document_with_the_time_limit_code()
    {
        using var blocker = new PageBlocker(1);
        var options = EngineOptions(new PdfPigReadGate(4), blocker);

        var ex = Assert.Throws<DocumentReadException>(() => Read(ThreePages(), options));

        Assert.Equal("pdf.limit.time", ex.Code);
    }

    [Fact]
    public void PdfPig_reads_are_refused_while_too_many_abandoned_reads_still_run()
    {
        using var blocker = new PageBlocker(1);
        var gate = new PdfPigReadGate(1);
        var options = EngineOptions(gate, blocker);
        Assert.Throws<DocumentReadException>(() => Read(ThreePages(), options));

        var refused = Assert.Throws<DocumentReadException>(() => Read(ThreePages(), options));

        Assert.Equal("pdf.pdfpig.busy", refused.Code);
        Assert.Contains("abandoned", refused.Message, StringComparison.Ordinal);
        blocker.Release();
        Assert.True(SpinWait.SpinUntil(() => gate.Abandoned == 0, TimeSpan.FromSeconds(30)), "the abandoned read never finished");
        var unblocked = new PdfReaderOptions { TimeBudget = Budget, GlyphSource = new PdfPigGlyphSource(gate), GlyphSourceMode = PdfGlyphSourceMode.Engine };
        Assert.Equal("Page one text\n\nPage two text\n\nPage three text", Read(ThreePages(), unblocked).Text);
    }

    [Fact]
    public void The_fallback_page_read_honours_the_document_budget()
    {
        // The own engine fails page 1 (its stream is past the stream limit) and reads page 2; PdfPig's read of page 1 blocks.
        using var blocker = new PageBlocker(1);
        var pdf = HostilePdfs.FirstPageOverStreamLimit("Only PdfPig reads this");
        var options = new PdfReaderOptions
        {
            MaxStreamBytes = 100_000,
            TimeBudget = Budget,
            BudgetClock = blocker.Clock,
            GlyphSource = new PdfPigGlyphSource(new PdfPigReadGate(4), blocker.BeforePage),
            GlyphSourceMode = PdfGlyphSourceMode.Fallback,
        };

        var document = Read(pdf, options);

        Assert.Equal("Second page by the own engine", document.Text);
        var limit = Assert.Single(document.Diagnostics, d => d.Code == "pdf.limit.time");
        Assert.Equal("page 1", limit.Location);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "pdf.engine.fallback-pages");
    }

    [Fact]
    public void The_caller_cancelling_during_a_blocked_page_cancels_the_read()
    {
        using var cancel = new CancellationTokenSource();
        using var blocker = new PageBlocker(1, cancel);
        var options = EngineOptions(new PdfPigReadGate(4), blocker);
        options.TimeBudget = Timeout.InfiniteTimeSpan;

        Assert.ThrowsAny<OperationCanceledException>(() => Read(ThreePages(), options, cancel.Token));
    }

    [Fact]
    public void The_open_and_every_page_read_of_a_document_run_on_one_thread_of_its_own()
    {
        var threads = new List<(int Id, string? Name)>();
        void Record()
        {
            lock (threads)
            {
                threads.Add((Environment.CurrentManagedThreadId, Thread.CurrentThread.Name));
            }
        }

        var source = new PdfPigGlyphSource(new PdfPigReadGate(4), _ => Record(), beforeOpen: Record);
        using (var document = source.Open(ThreePages(), null, CancellationToken.None))
        {
            string[] texts = ["Page one text", "Page two text", "Page three text"];
            for (var page = 1; page <= 3; page++)
            {
                Assert.Equal(texts[page - 1], string.Concat(document.ReadPage(page, CancellationToken.None).Glyphs.Select(g => g.Text)));
            }
        }

        Assert.Equal(4, threads.Count);
        var thread = Assert.Single(threads.Distinct());
        Assert.NotEqual(Environment.CurrentManagedThreadId, thread.Id);
        Assert.Equal("PdfPig read", thread.Name);
    }

    [Fact]
    public void After_an_abandoned_page_the_document_reads_no_more_pages_while_the_abandoned_read_runs_or_after()
    {
        using var cancel = new CancellationTokenSource();
        using var blocker = new PageBlocker(1, cancel);
        var started = new List<int>();
        var gate = new PdfPigReadGate(4);
        var source = new PdfPigGlyphSource(
            gate,
            number =>
            {
                lock (started)
                {
                    started.Add(number);
                }

                blocker.BeforePage(number);
            });
        var document = source.Open(ThreePages(), null, CancellationToken.None);

        Assert.ThrowsAny<OperationCanceledException>(() => document.ReadPage(1, cancel.Token));
        Assert.Equal(1, gate.Abandoned);
        Assert.ThrowsAny<OperationCanceledException>(() => document.ReadPage(2, CancellationToken.None));
        document.Dispose();
        blocker.Release();
        Assert.True(SpinWait.SpinUntil(() => gate.Abandoned == 0, TimeSpan.FromSeconds(30)), "the abandoned read never finished");

        Assert.ThrowsAny<OperationCanceledException>(() => document.ReadPage(3, CancellationToken.None));
        Assert.Equal([1], started);
    }

    private static PdfReaderOptions EngineOptions(PdfPigReadGate gate, PageBlocker blocker) => new()
    {
        TimeBudget = Budget,
        BudgetClock = blocker.Clock,
        GlyphSource = new PdfPigGlyphSource(gate, blocker.BeforePage),
        GlyphSourceMode = PdfGlyphSourceMode.Engine,
    };

    private static byte[] ThreePages()
    {
        var builder = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R 5 0 R 7 0 R] /Count 3 /MediaBox [0 0 612 792] >>")
            .Add(9, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        string[] texts = ["Page one text", "Page two text", "Page three text"];
        for (var i = 0; i < texts.Length; i++)
        {
            builder
                .Add(3 + (2 * i), $"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 9 0 R >> >> /Contents {4 + (2 * i)} 0 R >>")
                .AddStream(4 + (2 * i), string.Empty, $"BT /F1 12 Tf 72 720 Td ({texts[i]}) Tj ET");
        }

        return builder.Build();
    }

    private static Document Read(byte[] pdf, PdfReaderOptions options, CancellationToken cancellationToken = default)
    {
        var reader = new PdfReader(options);
        using var stream = new MemoryStream(pdf, writable: false);
        return reader.ReadAsync(stream, new ReadContext(new TestSource(), MediaTypes.Pdf), cancellationToken).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Blocks PdfPig's read of one page until released (or disposed); when the page starts it ends the time budget
    /// (or cancels the caller's token instead).
    /// </summary>
    private sealed class PageBlocker(int page, CancellationTokenSource? cancelOnBlock = null) : IDisposable
    {
        private readonly ManualResetEventSlim _released = new();

        public ManualBudgetClock Clock { get; } = new();

        public void BeforePage(int number)
        {
            if (number == page)
            {
                if (cancelOnBlock is null)
                {
                    Clock.Expire();
                }
                else
                {
                    cancelOnBlock.Cancel();
                }

                _released.Wait();
            }
        }

        public void Release() => _released.Set();

        public void Dispose() => _released.Set();
    }
}
