using System.Text;
using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Sinks;

public sealed class ResultSinkTests
{
    private static IEnumerable<SourceDocument> Documents(int count)
        => Enumerable.Range(0, count).Select(i => PipelineHarness.Text($"document {i}", $"d{i}.txt"));

    [Fact]
    public async Task Every_registered_sink_receives_every_result_and_is_flushed_once_at_the_end()
    {
        var first = new RecordingSink();
        var second = new RecordingSink();
        await using var provider = PipelineHarness.Build(b => b.AddSink(first).AddSink(second), o => o.MaxDegreeOfParallelism = 4);

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), Documents(20));

        Assert.Equal(20, results.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i), first.Indexes.Order());
        Assert.Equal(first.Indexes, second.Indexes);
        Assert.Equal(1, first.Flushes);
        Assert.Equal(1, second.Flushes);
        Assert.Equal(0, first.MaxConcurrentWrites - 1);
    }

    [Fact]
    public async Task A_sink_that_throws_is_reported_on_the_result_and_the_other_sinks_and_the_batch_go_on()
    {
        var broken = new RecordingSink { FailOnIndex = 2 };
        var healthy = new RecordingSink();
        await using var provider = PipelineHarness.Build(b => b.AddSink(broken).AddSink(healthy));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), Documents(5));

        Assert.Equal(5, results.Count);
        Assert.Equal(5, healthy.Indexes.Count);
        var failed = Assert.Single(results, r => r.Diagnostics.Any(d => d.Code == "sink.failed"));
        Assert.Equal(2, failed.Index);
        Assert.Equal(IngestStatus.Succeeded, failed.Status);
        Assert.Contains("RecordingSink", failed.Diagnostics.Single(d => d.Code == "sink.failed").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flush_failure_is_reported_on_the_last_result()
    {
        var sink = new RecordingSink { FailFlush = true };
        await using var provider = PipelineHarness.Build(b => b.AddSink(sink));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), Documents(3));

        Assert.Equal(3, results.Count);
        var flagged = Assert.Single(results, r => r.Diagnostics.Any(d => d.Code == "sink.failed"));
        Assert.Same(results[^1], flagged);
        Assert.Contains("flushing", flagged.Diagnostics.Single(d => d.Code == "sink.failed").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_document_is_written_to_the_sinks_too()
    {
        var sink = new RecordingSink();
        await using var provider = PipelineHarness.Build(b => b.AddSink(sink));

        await provider.GetRequiredService<IIngestionService>().IngestAsync(PipelineHarness.Text("alone"));

        Assert.Equal([0L], sink.Indexes);
        Assert.Equal(1, sink.Flushes);
    }

    [Fact]
    public async Task The_json_lines_sink_writes_one_line_per_result()
    {
        using var output = new MemoryStream();
        await using (var provider = PipelineHarness.Build(b => b.AddJsonLinesSink(output, leaveOpen: true)))
        {
            await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), Documents(4));
        }

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Contains("\"status\":\"succeeded\"", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_json_lines_sink_writes_to_a_file_and_the_provider_closes_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "ingest-sink-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            await using (var provider = PipelineHarness.Build(b => b.AddJsonLinesSink(path)))
            {
                await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), Documents(2));
            }

            Assert.Equal(2, (await File.ReadAllLinesAsync(path)).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class RecordingSink : IResultSink
    {
        private int _writing;

        public List<long> Indexes { get; } = [];

        public int Flushes { get; private set; }

        public int MaxConcurrentWrites { get; private set; }

        public long FailOnIndex { get; init; } = -1;

        public bool FailFlush { get; init; }

        public async ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
        {
            MaxConcurrentWrites = Math.Max(MaxConcurrentWrites, Interlocked.Increment(ref _writing));
            await Task.Yield();
            Interlocked.Decrement(ref _writing);
            if (result.Index == FailOnIndex)
            {
                throw new InvalidOperationException("disk full");
            }

            Indexes.Add(result.Index);
        }

        public ValueTask FlushAsync(CancellationToken cancellationToken = default)
        {
            Flushes++;
            return FailFlush ? ValueTask.FromException(new IOException("flush failed")) : ValueTask.CompletedTask;
        }
    }
}
