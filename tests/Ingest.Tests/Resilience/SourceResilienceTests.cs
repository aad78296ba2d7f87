using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Resilience;

public sealed class SourceResilienceTests
{
    private static ServiceProvider Build(int retries = 3) => PipelineHarness.Build(options: o =>
    {
        o.SourceResilience.MaxRetryAttempts = retries;
        o.SourceResilience.BaseDelay = TimeSpan.FromMilliseconds(5);
        o.SourceResilience.UseJitter = false;
    });

    [Fact]
    public async Task Transient_faults_are_retried_and_the_attempts_are_reported()
    {
        await using var provider = Build();
        var source = new FlakySourceDocument(new Uri("https://example.test/a"), 2, () => new SourceException("http.status.503", "Service unavailable", isTransient: true));

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(source);

        Assert.Equal(IngestStatus.Succeeded, result.Status);
        Assert.Equal("delivered at last", result.Document!.Text);
        Assert.Equal(3, source.Calls);
        var retried = Assert.Single(result.Diagnostics, d => d.Code == "source.retried");
        Assert.Equal(3, retried.Attempts);
    }

    [Fact]
    public async Task Permanent_faults_fail_fast_without_retry()
    {
        await using var provider = Build();
        var source = new FlakySourceDocument(new Uri("https://example.test/missing"), 10, () => new SourceException("http.status.404", "Not found", isTransient: false));

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(source);

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(1, source.Calls);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("http.status.404", diagnostic.Code);
        Assert.Null(diagnostic.Attempts);
        Assert.Equal("source", diagnostic.Stage);
    }

    [Fact]
    public async Task A_fault_that_outlasts_the_retries_fails_with_the_attempt_count()
    {
        await using var provider = Build(retries: 2);
        var source = new FlakySourceDocument(new Uri("https://example.test/down"), 10, () => new IOException("Connection reset by peer"));

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(source);

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(3, source.Calls);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("source.failed", diagnostic.Code);
        Assert.Equal(3, diagnostic.Attempts);
        Assert.Contains("after 3 attempts", diagnostic.Message);
    }

    [Fact]
    public async Task A_file_whose_open_keeps_failing_transiently_is_retried_like_any_source()
    {
        // Two links pointing at each other: opening either fails with an IOException (too many levels of links),
        // a fault the policy counts as transient, so the file's first attempt and both retries are made.
        var folder = Directory.CreateTempSubdirectory("ingest-loop-").FullName;
        try
        {
            var first = Path.Combine(folder, "a.txt");
            var second = Path.Combine(folder, "b.txt");
            File.CreateSymbolicLink(first, second);
            File.CreateSymbolicLink(second, first);
            await using var provider = Build(retries: 2);

            var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(new FileSourceDocument(first));

            Assert.Equal(IngestStatus.Failed, result.Status);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("source.failed", diagnostic.Code);
            Assert.Equal(3, diagnostic.Attempts);
            Assert.Contains("after 3 attempts", diagnostic.Message);
            Assert.True(diagnostic.Transient);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_file_fails_after_one_attempt_even_with_retries()
    {
        await using var provider = Build(retries: 3);

        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(new FileSourceDocument("/nonexistent/ingest/retried.txt"));

        Assert.Equal(IngestStatus.Failed, result.Status);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("source.not-found", diagnostic.Code);
        Assert.Null(diagnostic.Attempts);
        Assert.False(diagnostic.Transient);
    }

    [Fact]
    public async Task A_host_that_keeps_failing_has_its_circuit_opened_while_other_hosts_go_on()
    {
        await using var provider = PipelineHarness.Build(options: o =>
        {
            o.MaxDegreeOfParallelism = 1;
            o.SourceResilience.MaxRetryAttempts = 0;
            o.SourceResilience.CircuitMinimumThroughput = 4;
            o.SourceResilience.CircuitFailureRatio = 0.5;
            o.SourceResilience.CircuitBreakDuration = TimeSpan.FromMinutes(1);
        });
        var service = provider.GetRequiredService<IIngestionService>();
        var bad = Enumerable.Range(0, 10)
            .Select(i => new FlakySourceDocument(new Uri($"https://down.test/{i}"), 100, () => new SourceException("http.status.500", "Internal error", isTransient: true)))
            .ToList();
        var good = new FlakySourceDocument(new Uri("https://up.test/ok"), 0, () => new InvalidOperationException());

        var results = await PipelineHarness.RunAsync(service, [.. bad, good]);

        Assert.Equal(11, results.Count);
        Assert.Equal(IngestStatus.Succeeded, results.Single(r => r.Source == good.Uri).Status);
        var codes = results.Where(r => r.Source.Host == "down.test").OrderBy(r => r.Index).Select(r => r.Diagnostics.Single().Code).ToList();
        Assert.Equal(4, codes.Count(c => c == "http.status.500"));
        Assert.Equal(6, codes.Count(c => c == "source.circuit-open"));
        Assert.Equal(4, bad.Sum(b => b.Calls));
    }
}
