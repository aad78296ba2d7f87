using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Reliability;

public sealed class WriteBudgetReliabilityTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(400);

    private static IEnumerable<SourceDocument> Documents(int count)
        => Enumerable.Range(0, count).Select(i => PipelineHarness.Text($"document {i}", $"d{i}.txt"));

    [Fact]
    public async Task A_sink_write_that_overruns_the_budget_is_cancelled_and_fails_at_stage_write_and_the_batch_goes_on()
    {
        var sink = new BlockingSink { BlockOnIndex = 2, HonoursToken = true };
        await using var provider = PipelineHarness.Build(b => b.AddSink(sink), o =>
        {
            o.DocumentTimeout = Budget;
            o.MaxDegreeOfParallelism = 1;
        });

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), Documents(5));

        Assert.Equal(5, results.Count);
        Assert.True(sink.SawCancellation);
        var overran = Assert.Single(results, r => r.Status != IngestStatus.Succeeded);
        Assert.Equal(2, overran.Index);
        Assert.Equal(IngestStatus.Partial, overran.Status);
        var timeout = Assert.Single(overran.Diagnostics, d => d.Code == "document.timeout");
        Assert.Equal("write", timeout.Stage);
        Assert.True(timeout.Transient);
        Assert.Contains("BlockingSink", timeout.Message, StringComparison.Ordinal);
        Assert.Equal([0L, 1L, 3L, 4L], sink.Written.Order());
        Assert.Equal(1, sink.Flushes);
    }

    [Fact]
    public async Task The_pipeline_stops_waiting_for_a_sink_write_that_ignores_its_token()
    {
        var sink = new BlockingSink { BlockOnIndex = 3 };
        try
        {
            await using var provider = PipelineHarness.Build(b => b.AddSink(sink), o =>
            {
                o.DocumentTimeout = Budget;
                o.MaxDegreeOfParallelism = 1;
            });

            // The batch ends while the last write is still blocked: nothing waits for it, and the sink is not
            // flushed beside it.
            var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), Documents(4));

            Assert.Equal(4, results.Count);
            Assert.Equal([0L, 1L, 2L], sink.Written.Order());
            var last = results.Single(r => r.Index == 3);
            Assert.Equal("write", last.Diagnostics.Single(d => d.Code == "document.timeout").Stage);
            Assert.Contains(last.Diagnostics, d => d.Code == "sink.failed" && d.Message.Contains("not flushed", StringComparison.Ordinal));
            Assert.Equal(0, sink.Flushes);
        }
        finally
        {
            sink.Release();
        }
    }
}
