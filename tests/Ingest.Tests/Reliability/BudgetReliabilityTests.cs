using System.Diagnostics;
using Ingest.Tests.Pipeline;
using Ingest.Tests.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Reliability;

public sealed class BudgetReliabilityTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task A_normalizer_that_loops_for_ever_and_ignores_its_token_does_not_hang_the_batch()
    {
        var spinning = new SpinningNormalizer();
        try
        {
            await using var provider = PipelineHarness.Build(
                b => b.AddNormalizer(spinning),
                o =>
                {
                    o.DocumentTimeout = Budget;
                    o.MaxDegreeOfParallelism = 1;
                });
            var sources = Enumerable.Range(0, 5).Select(i => PipelineHarness.Text($"document {i}", $"d{i}.txt"));
            var clock = Stopwatch.StartNew();

            var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), sources);

            Assert.Equal(5, results.Count);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the batch took {clock.Elapsed}");
            Assert.All(results, r => Assert.Equal(IngestStatus.Partial, r.Status));
            Assert.All(results, r => Assert.Equal("document 0".Length, r.Document!.Text.Length));

            // The first two runs overran and were abandoned; after that the component is refused, so no more than
            // two of its workers are ever left spinning.
            var timedOut = results.Where(r => r.Diagnostics.Any(d => d.Code == "document.timeout")).ToList();
            Assert.Equal(2, timedOut.Count);
            Assert.All(timedOut, r => Assert.Equal("normalize", r.Diagnostics.Single(d => d.Code == "document.timeout").Stage));
            Assert.Equal(3, results.Count(r => r.Diagnostics.Any(d => d.Code == "normalize.refused" && d.Transient)));
            Assert.Equal(2, spinning.Started);
        }
        finally
        {
            spinning.Release();
        }
    }

    [Fact]
    public async Task A_reader_that_ignores_its_token_is_abandoned_at_the_budget_and_refused_while_two_runs_are_stuck()
    {
        var spinning = new SpinningReader();
        try
        {
            await using var provider = PipelineHarness.Build(
                b => b.AddReader(spinning),
                o =>
                {
                    o.DocumentTimeout = Budget;
                    o.MaxDegreeOfParallelism = 1;
                });
            var sources = Enumerable.Range(0, 6).Select(i => i % 2 == 0
                ? PipelineHarness.Text($"stuck {i}", $"s{i}.spin")
                : PipelineHarness.Text($"good {i}", $"g{i}.txt"));

            var results = (await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), sources)).OrderBy(r => r.Index).ToList();

            // Six results: the three good documents read; of the stuck ones, two time out at stage read and the third
            // is refused (transient) while the two abandoned runs still spin, so no more than two threads are ever held.
            Assert.Equal(6, results.Count);
            Assert.All(results.Where(r => r.Index % 2 == 1), r => Assert.Equal(IngestStatus.Succeeded, r.Status));
            var stuck = results.Where(r => r.Index % 2 == 0).ToList();
            Assert.All(stuck, r => Assert.Equal(IngestStatus.Failed, r.Status));
            Assert.Equal(2, stuck.Count(r => r.Diagnostics.Any(d => d.Code == "document.timeout" && d.Stage == "read")));
            Assert.Single(stuck, r => r.Diagnostics.Any(d => d.Code == "read.refused" && d.Transient));
            Assert.Equal(2, spinning.Started);
        }
        finally
        {
            spinning.Release();
        }
    }

    [Fact]
    public async Task A_cooperative_normalizer_gets_the_budget_token_and_is_cancelled()
    {
        var probe = new StageProbeNormalizer();
        await using var provider = PipelineHarness.Build(b => b.AddNormalizer(probe), o => o.DocumentTimeout = Budget);

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(PipelineHarness.Text("text"));

        Assert.Equal(IngestStatus.Partial, result.Status);
        Assert.Equal("normalize", result.Diagnostics.Single(d => d.Code == "document.timeout").Stage);
        await WaitUntilAsync(() => probe.SawCancellation);
    }

    [Fact]
    public async Task A_source_whose_open_blocks_fails_in_the_source_stage_as_a_transient_time_out()
    {
        using var release = new ManualResetEventSlim();
        await using var provider = PipelineHarness.Build(options: o => o.DocumentTimeout = Budget);
        var clock = Stopwatch.StartNew();

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(new BlockingSourceDocument(new Uri("memory:/pipe.txt"), release));
        release.Set();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(IngestStatus.Failed, result.Status);
        var timeout = result.Diagnostics.Single(d => d.Code == "document.timeout");
        Assert.Equal("source", timeout.Stage);
        Assert.True(timeout.Transient);
    }

    [Fact]
    public async Task A_reader_that_recurses_per_byte_is_stopped_by_the_stack_guard_and_fails_its_document()
    {
        await using var provider = PipelineHarness.Build(b => b.AddReader(new RecursiveStreamReader(), priority: 10));
        var deep = new MemorySourceDocument(Letters(4 * 1024 * 1024), new Uri("memory:/deep.txt")) { MediaType = MediaTypes.PlainText };
        var shallow = new MemorySourceDocument(Letters(100), new Uri("memory:/shallow.txt")) { MediaType = MediaTypes.PlainText };

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [deep, shallow]);

        var failed = results.Single(r => r.Source.ToString().EndsWith("deep.txt", StringComparison.Ordinal));
        Assert.Equal(IngestStatus.Failed, failed.Status);
        Assert.Contains(failed.Diagnostics, d => d.Stage == "read" && d.Message.Contains(nameof(InsufficientExecutionStackException), StringComparison.Ordinal));
        Assert.Equal(IngestStatus.Succeeded, results.Single(r => r != failed).Status);
    }

    [Fact]
    public async Task A_source_that_declares_a_length_over_the_limit_is_refused_without_being_opened()
    {
        await using var provider = PipelineHarness.Build(options: o => o.MaxDocumentBytes = 1_000);
        var source = new DeclaredLengthSourceDocument(new Uri("memory:/big.txt"), 1_001);

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(source);

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal("source.too-large", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(0, source.Opened);
        Assert.Equal(0, result.BytesRead);
    }

    [Fact]
    public async Task The_text_reader_stops_a_long_read_soon_after_its_token_is_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var reads = 0;
        await using var stream = new GeneratedTextStream(200L * 1024 * 1024, () =>
        {
            if (++reads == 20)
            {
                cancel.Cancel();
            }
        });
        var source = new MemorySourceDocument(Array.Empty<byte>(), new Uri("memory:/long.txt"));
        var reader = new PlainTextReader(new PlainTextReaderOptions());
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.PlainText), cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.InRange(reads, 20, 21);
    }

    private static byte[] Letters(int count) => Enumerable.Repeat((byte)'a', count).ToArray();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        Assert.True(condition());
    }
}
