using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Pipeline;

public sealed class IngestionServiceTests
{
    [Fact]
    public async Task Every_input_gets_exactly_one_result_with_its_index()
    {
        await using var provider = PipelineHarness.Build();
        var service = provider.GetRequiredService<IIngestionService>();
        var sources = Enumerable.Range(0, 50).Select(i => PipelineHarness.Text($"document {i}", $"d{i}.txt")).ToList();

        var results = await PipelineHarness.RunAsync(service, sources);

        Assert.Equal(50, results.Count);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), results.Select(r => r.Index).Order());
        foreach (var result in results)
        {
            Assert.Equal(IngestStatus.Succeeded, result.Status);
            Assert.Equal($"document {result.Index}", result.Document!.Text);
            Assert.Equal(sources[(int)result.Index].Uri, result.Source);
        }
    }

    [Fact]
    public async Task A_reader_exception_fails_that_document_and_the_batch_goes_on()
    {
        await using var provider = PipelineHarness.Build();
        var service = provider.GetRequiredService<IIngestionService>();

        var results = await PipelineHarness.RunAsync(service, [PipelineHarness.Text("good one"), PipelineHarness.Text("THROW now"), PipelineHarness.Text("good two")]);

        var failed = Assert.Single(results, r => r.Status == IngestStatus.Failed);
        Assert.Equal(1, failed.Index);
        Assert.Null(failed.Document);
        var diagnostic = Assert.Single(failed.Diagnostics);
        Assert.Equal("read.failed", diagnostic.Code);
        Assert.Contains("the reader broke", diagnostic.Message);
        Assert.Equal(2, results.Count(r => r.Status == IngestStatus.Succeeded));
    }

    [Fact]
    public async Task A_document_over_its_time_budget_fails_with_timeout_even_if_the_reader_ignores_cancellation()
    {
        await using var provider = PipelineHarness.Build(options: o => o.DocumentTimeout = TimeSpan.FromMilliseconds(300));
        var service = provider.GetRequiredService<IIngestionService>();
        var started = DateTime.UtcNow;

        var results = await PipelineHarness.RunAsync(service, [PipelineHarness.Text("HANG forever"), PipelineHarness.Text("fine")]);

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4), "the batch waited for the hanging reader");
        var hung = results.Single(r => r.Index == 0);
        Assert.Equal(IngestStatus.Failed, hung.Status);
        Assert.Equal("document.timeout", Assert.Single(hung.Diagnostics).Code);
        Assert.Equal(IngestStatus.Succeeded, results.Single(r => r.Index == 1).Status);
    }

    [Fact]
    public async Task Cancellation_mid_batch_stops_promptly()
    {
        await using var provider = PipelineHarness.Build(options: o => o.MaxDegreeOfParallelism = 2);
        var service = provider.GetRequiredService<IIngestionService>();
        var sources = Enumerable.Range(0, 1000).Select(i => PipelineHarness.Text("SLOW " + i));
        using var cts = new CancellationTokenSource();
        var seen = 0;
        var started = DateTime.UtcNow;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in service.IngestAsync(sources, cts.Token))
            {
                if (++seen == 3)
                {
                    cts.Cancel();
                }
            }
        });

        Assert.True(seen < 10, $"{seen} results arrived after cancellation");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_parallel_batch_of_1000_small_documents_completes_with_all_results()
    {
        await using var provider = PipelineHarness.Build(options: o => o.MaxDegreeOfParallelism = 8);
        var service = provider.GetRequiredService<IIngestionService>();
        var sources = Enumerable.Range(0, 1000).Select(i => PipelineHarness.Text($"small document number {i}."));

        var results = await PipelineHarness.RunAsync(service, sources);

        Assert.Equal(1000, results.Count);
        Assert.All(results, r => Assert.Equal(IngestStatus.Succeeded, r.Status));
        Assert.Equal(1000, results.Select(r => r.Index).Distinct().Count());
        Assert.Equal("small document number 999.", results.Single(r => r.Index == 999).Document!.Text);
    }

    [Fact]
    public async Task Binary_garbage_fails_with_an_unsupported_format_diagnostic()
    {
        await using var provider = PipelineHarness.Build();
        var service = provider.GetRequiredService<IIngestionService>();
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        garbage[10] = 0;

        var result = await service.IngestAsync(new MemorySourceDocument(garbage, new Uri("memory:/garbage.txt")));

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(MediaTypes.OctetStream, result.MediaType);
        Assert.Contains(result.Diagnostics, d => d.Code == "detect.unsupported-format" && d.Message.Contains("application/octet-stream"));
    }

    [Fact]
    public async Task A_document_larger_than_the_limit_fails_with_too_large()
    {
        await using var provider = PipelineHarness.Build(options: o => o.MaxDocumentBytes = 10_000);
        var service = provider.GetRequiredService<IIngestionService>();

        var result = await service.IngestAsync(PipelineHarness.Text(new string('a', 50_000)));

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal("source.too-large", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task A_source_that_cannot_be_opened_fails_in_the_source_stage()
    {
        await using var provider = PipelineHarness.Build();
        var service = provider.GetRequiredService<IIngestionService>();

        var result = await service.IngestAsync(new FileSourceDocument("/nonexistent/ingest/file.txt"));

        Assert.Equal(IngestStatus.Failed, result.Status);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("source.not-found", diagnostic.Code);
        Assert.Equal("source", diagnostic.Stage);
    }

    [Fact]
    public async Task A_failing_normalizer_makes_the_result_partial_and_later_normalizers_still_run()
    {
        var order = new List<string>();
        await using var provider = PipelineHarness.Build(b => b
            .AddNormalizer(new RecordingNormalizer("late", order), order: 500)
            .AddNormalizer(new RecordingNormalizer("broken", order, fail: true), order: 100)
            .AddNormalizer(new RecordingNormalizer("early", order), order: 50));
        var service = provider.GetRequiredService<IIngestionService>();

        var result = await service.IngestAsync(PipelineHarness.Text("text"));

        Assert.Equal(IngestStatus.Partial, result.Status);
        Assert.Equal(["early", "broken", "late"], order);
        Assert.Equal(["early", "late"], result.Normalizers);
        Assert.Equal("normalize.failed", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task Normalizers_of_equal_order_run_in_registration_order()
    {
        var order = new List<string>();
        await using var provider = PipelineHarness.Build(b => b
            .AddNormalizer(new RecordingNormalizer("second", order), order: 100)
            .AddNormalizer(new RecordingNormalizer("third", order), order: 100)
            .AddNormalizer(new RecordingNormalizer("first", order), order: 10)
            .AddNormalizer(new RecordingNormalizer("fourth", order), order: 100));
        var service = provider.GetRequiredService<IIngestionService>();

        var result = await service.IngestAsync(PipelineHarness.Text("text"));

        Assert.Equal(["first", "second", "third", "fourth"], order);
        Assert.Equal(["first", "second", "third", "fourth"], result.Normalizers);
    }

    [Fact]
    public async Task Among_readers_of_equal_priority_the_one_registered_last_reads_its_format()
    {
        await using var provider = PipelineHarness.Build(b => b
            .AddReader(new EchoReader("high"), priority: 5)
            .AddReader(new EchoReader("low"), priority: -1)
            .AddReader(new EchoReader("high-later"), priority: 5)
            .AddReader(new EchoReader("default-later")));
        var service = provider.GetRequiredService<IIngestionService>();

        var result = await service.IngestAsync(PipelineHarness.Text("hello"));

        Assert.Equal("high-later", result.Reader);
    }

    [Fact]
    public async Task The_reader_with_the_highest_priority_reads_its_format()
    {
        await using var provider = PipelineHarness.Build(b => b.AddReader(new EchoReader("preferred"), priority: 10).AddReader(new EchoReader("later-default")));
        var service = provider.GetRequiredService<IIngestionService>();

        var result = await service.IngestAsync(PipelineHarness.Text("hello"));

        Assert.Equal("preferred", result.Reader);
    }

    [Fact]
    public async Task The_published_date_is_the_reference_date_and_the_configured_one_is_the_fallback()
    {
        var seen = new List<NormalizationContext>();
        await using var provider = PipelineHarness.Build(
            b => b.AddNormalizer(new ContextCapturingNormalizer(seen)),
            o => o.ReferenceDate = new DateOnly(2021, 1, 2));
        var service = provider.GetRequiredService<IIngestionService>();

        await service.IngestAsync(PipelineHarness.Text("no date"));

        var context = Assert.Single(seen);
        Assert.Equal(new DateOnly(2021, 1, 2), context.ReferenceDate);
        Assert.Equal(ReferenceDateOrigin.Configured, context.ReferenceDateOrigin);
    }

    [Fact]
    public async Task A_source_enumeration_failure_is_reported_as_a_result()
    {
        await using var provider = PipelineHarness.Build();
        var service = provider.GetRequiredService<IIngestionService>();
        var missing = new FileSystemSource(Path.Combine(Path.GetTempPath(), "ingest-missing-" + Guid.NewGuid().ToString("N"), "*.txt"));

        var results = new List<IngestResult>();
        await foreach (var r in service.IngestAsync(missing))
        {
            results.Add(r);
        }

        var result = Assert.Single(results);
        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal("source.enumeration-failed", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("ingest:source-enumeration", result.Source.ToString());
    }

    [Fact]
    public async Task A_stream_source_is_read_once()
    {
        await using var provider = PipelineHarness.Build();
        var service = provider.GetRequiredService<IIngestionService>();
        var source = new StreamSourceDocument(new MemoryStream(Encoding.UTF8.GetBytes("from a stream")), new Uri("memory:/upload"));

        var first = await service.IngestAsync(source);
        var second = await service.IngestAsync(source);

        Assert.Equal("from a stream", first.Document!.Text);
        Assert.Equal(IngestStatus.Failed, second.Status);
        Assert.Contains("already been opened", Assert.Single(second.Diagnostics).Message);
    }
}
