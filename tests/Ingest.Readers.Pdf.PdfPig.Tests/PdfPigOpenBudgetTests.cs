using System.Text;
using Ingest.Readers.Pdf.GlyphSources;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>
/// PdfPig parses the document's structure in <c>PdfDocument.Open</c>, which cannot be interrupted: the open runs under
/// the document's time budget and is abandoned when it ends. A seam blocks the open until the test releases it, so
/// nothing depends on how fast the machine is.
/// </summary>
public sealed class PdfPigOpenBudgetTests
{
    // Long enough never to end by itself: the blocker ends it through the manual clock when the open starts.
    private static readonly TimeSpan Budget = TimeSpan.FromHours(1);

    [Fact]
    public void An_open_that_outlives_the_budget_is_abandoned_and_fails_the_document_with_the_open_timeout_code()
    {
        using var blocker = new OpenBlocker();
        var gate = new PdfPigReadGate(4);

        var ex = Assert.Throws<DocumentReadException>(() => Read(EngineOptions(gate, blocker)));

        Assert.Equal("pdf.pdfpig.open-timeout", ex.Code);
        Assert.Contains("within the time budget of 3600 s", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, gate.Abandoned);
        blocker.Release();
        Assert.True(SpinWait.SpinUntil(() => gate.Abandoned == 0, TimeSpan.FromSeconds(30)), "the abandoned open never finished");
    }

    [Fact]
    public void An_abandoned_open_counts_against_the_cap_of_abandoned_reads()
    {
        using var blocker = new OpenBlocker();
        var gate = new PdfPigReadGate(1);
        Assert.Throws<DocumentReadException>(() => Read(EngineOptions(gate, blocker)));

        var refused = Assert.Throws<DocumentReadException>(() => Read(EngineOptions(gate, blocker)));

        Assert.Equal("pdf.pdfpig.busy", refused.Code);
        blocker.Release();
        Assert.True(SpinWait.SpinUntil(() => gate.Abandoned == 0, TimeSpan.FromSeconds(30)), "the abandoned open never finished");
        Assert.Equal(HostilePdfs.Text, Read(EngineOptions(gate, blocker: null)).Text);
    }

    [Fact]
    public void The_caller_cancelling_during_a_blocked_open_cancels_the_read()
    {
        using var cancel = new CancellationTokenSource();
        using var blocker = new OpenBlocker(cancel);
        var options = EngineOptions(new PdfPigReadGate(4), blocker);

        Assert.ThrowsAny<OperationCanceledException>(() => Read(options, cancel.Token));
    }

    [Fact]
    public void In_fallback_mode_an_open_that_outlives_the_document_budget_keeps_the_own_engine_pages_and_names_the_timeout()
    {
        // The own engine fails page 1 (its stream is past the stream limit) and reads page 2; PdfPig's open then blocks.
        using var blocker = new OpenBlocker();
        var pdf = HostilePdfs.FirstPageOverStreamLimit("Only PdfPig reads this");
        var options = new PdfReaderOptions { MaxStreamBytes = 100_000, TimeBudget = Budget, BudgetClock = blocker.Clock, GlyphSourceMode = PdfGlyphSourceMode.Fallback };
        options.GlyphSource = new PdfPigGlyphSource(new PdfPigReadGate(4), limits: options, beforeOpen: blocker.BeforeOpen);

        var document = Read(options, pdf);

        Assert.Equal("Second page by the own engine", document.Text);
        var failed = Assert.Single(document.Diagnostics, d => d.Code == "pdf.engine.fallback-failed");
        Assert.Contains("pdf.pdfpig.open-timeout", failed.Message, StringComparison.Ordinal);
        blocker.Release();
    }

    [Fact]
    public void The_source_keeps_no_clock_of_its_own_so_a_spent_options_budget_does_not_end_the_open()
    {
        // The options' budget is spent before the open starts; the token the source is given is not: the open completes.
        var options = new PdfReaderOptions { TimeBudget = TimeSpan.Zero };
        var source = new PdfPigGlyphSource(new PdfPigReadGate(4), limits: options);

        using var document = source.Open(HostilePdfs.Valid(), null, CancellationToken.None);

        Assert.Equal(1, document.PageCount);
        Assert.Equal(HostilePdfs.Text, string.Concat(document.ReadPage(1, CancellationToken.None).Glyphs.Select(g => g.Text)));
    }

    [Fact]
    public void Each_options_set_by_UsePdfPig_give_the_size_limits_of_its_own_source()
    {
        var first = new PdfReaderOptions { TimeBudget = Budget }.UsePdfPig(PdfPigMode.Engine);
        var second = new PdfReaderOptions().UsePdfPig();

        Assert.Same(first, Assert.IsType<PdfPigGlyphSource>(first.GlyphSource).Limits);
        Assert.Same(second, Assert.IsType<PdfPigGlyphSource>(second.GlyphSource).Limits);
    }

    private static PdfReaderOptions EngineOptions(PdfPigReadGate gate, OpenBlocker? blocker)
    {
        var options = new PdfReaderOptions { TimeBudget = Budget, GlyphSourceMode = PdfGlyphSourceMode.Engine };
        if (blocker is not null)
        {
            options.BudgetClock = blocker.Clock;
        }

        options.GlyphSource = new PdfPigGlyphSource(gate, limits: options, beforeOpen: blocker is null ? null : blocker.BeforeOpen);
        return options;
    }

    private static Document Read(PdfReaderOptions options, CancellationToken cancellationToken = default)
        => Read(options, HostilePdfs.Valid(), cancellationToken);

    private static Document Read(PdfReaderOptions options, byte[] pdf, CancellationToken cancellationToken = default)
    {
        var reader = new PdfReader(options);
        using var stream = new MemoryStream(pdf, writable: false);
        return reader.ReadAsync(stream, new ReadContext(new TestSource(), MediaTypes.Pdf), cancellationToken).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Blocks PdfPig's open until released (or disposed); when the open starts it ends the time budget (or cancels the caller's token instead).</summary>
    private sealed class OpenBlocker(CancellationTokenSource? cancelOnBlock = null) : IDisposable
    {
        private readonly ManualResetEventSlim _released = new();

        public ManualBudgetClock Clock { get; } = new();

        public void BeforeOpen()
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

        public void Release() => _released.Set();

        public void Dispose() => _released.Set();
    }
}
