using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Sources.Http.Tests;

// Not in parallel with the other fault-server tests: their one-second attempt time-outs are sensitive to load.
[Collection("fault server")]
public sealed class HttpSourceTests : IAsyncLifetime
{
    private FaultServer _server = null!;
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _server = await FaultServer.StartAsync();
        var services = new ServiceCollection();
        services.AddIngest(b => b
            .AddReader(new BodyReader())
            .AddHttpSource()
            .Configure(o =>
            {
                o.MaxDegreeOfParallelism = 4;
                o.SourceResilience.BaseDelay = TimeSpan.FromMilliseconds(20);
                o.SourceResilience.UseJitter = false;
                o.SourceResilience.AttemptTimeout = TimeSpan.FromSeconds(1);
                o.SourceResilience.CircuitMinimumThroughput = 1000;
            }));
        _provider = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    private Uri Url(string path) => new(_server.BaseUri, path);

    private async Task<List<IngestResult>> IngestAsync(params string[] paths)
    {
        var providers = _provider.GetServices<ISourceProvider>().ToList();
        var sources = paths.Select(p => providers.Select(x => x.TryCreate(Url(p).ToString())).First(s => s is not null)!).ToList();
        var service = _provider.GetRequiredService<IIngestionService>();
        var results = new List<IngestResult>();
        await foreach (var result in service.IngestAsync(IngestionServiceExtensions.Concat(sources)))
        {
            results.Add(result);
        }

        return results.OrderBy(r => r.Index).ToList();
    }

    [Fact]
    public async Task A_mixed_batch_completes_with_transient_faults_retried_and_permanent_ones_failed_fast()
    {
        var results = await IngestAsync(
            "ok/a", "flaky/2/b", "reset/1/c", "truncated/1/d", "ratelimited/e", "status/404", "status/401", "status/500", "ok/f");

        Assert.Equal(9, results.Count);
        string Status(int i) => JsonLinesWriter.StatusName(results[i].Status);
        Assert.Equal(["succeeded", "succeeded", "succeeded", "succeeded", "succeeded", "failed", "failed", "failed", "succeeded"], Enumerable.Range(0, 9).Select(Status));
        Assert.Equal(FaultServer.Article("b"), results[1].Document!.Text);
        Assert.Equal(FaultServer.Article("c"), results[2].Document!.Text);
        Assert.Equal(FaultServer.Article("d"), results[3].Document!.Text);

        // Attempts reported match the faults injected: 2 × 503, 1 reset, 1 truncation, 1 × 429.
        Assert.Equal(3, results[1].Diagnostics.Single(d => d.Code == "source.retried").Attempts);
        Assert.Equal(2, results[2].Diagnostics.Single(d => d.Code == "source.retried").Attempts);
        Assert.Equal(2, results[3].Diagnostics.Single(d => d.Code == "source.retried").Attempts);
        Assert.Equal(2, results[4].Diagnostics.Single(d => d.Code == "source.retried").Attempts);
        Assert.Equal(3, _server.Hits["/flaky/2/b"]);

        // 404 and 401 cannot succeed: one request each. 500 is transient: 1 + 3 retries.
        Assert.Equal("http.status.404", results[5].Diagnostics.Single().Code);
        Assert.Equal(1, _server.Hits["/status/404"]);
        Assert.Equal("http.status.401", results[6].Diagnostics.Single().Code);
        Assert.Equal(1, _server.Hits["/status/401"]);
        var serverError = results[7].Diagnostics.Single();
        Assert.Equal("http.status.500", serverError.Code);
        Assert.Equal(4, serverError.Attempts);
        Assert.Equal(4, _server.Hits["/status/500"]);
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        var started = DateTime.UtcNow;

        var result = (await IngestAsync("ratelimited/x")).Single();

        Assert.Equal(IngestStatus.Succeeded, result.Status);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the retry came before the server's Retry-After");
    }

    [Fact]
    public async Task A_slow_server_times_out_per_attempt_and_fails_with_the_attempt_count()
    {
        var result = (await IngestAsync("slow")).Single();

        Assert.Equal(IngestStatus.Failed, result.Status);
        var diagnostic = result.Diagnostics.Single();
        Assert.Equal("source.timeout", diagnostic.Code);
        Assert.Equal(4, diagnostic.Attempts);
    }

    [Fact]
    public async Task Media_type_and_charset_come_from_the_response_headers()
    {
        var result = (await IngestAsync("latin1")).Single();

        Assert.Equal("Caf\u00e9 cr\u00e8me in Bak\u00fc", result.Document!.Text);
    }

    [Fact]
    public async Task A_pdf_served_as_html_is_detected_by_its_content()
    {
        var result = (await IngestAsync("pdf-as-html")).Single();

        Assert.Equal(MediaTypes.Pdf, result.MediaType);
        Assert.Contains(result.Diagnostics, d => d.Code == "detect.label-mismatch" && d.Message.Contains("text/html"));
    }

    [Fact]
    public async Task A_repeated_url_is_revalidated_with_a_conditional_request()
    {
        var results = await IngestAsync("etag/z");
        var again = await IngestAsync("etag/z");

        Assert.Equal(FaultServer.Article("z"), again.Single().Document!.Text);
        Assert.Equal(results.Single().Document!.Text, again.Single().Document!.Text);
        Assert.Equal(1, _server.NotModified);
    }

    [Fact]
    public async Task Redirects_are_followed_and_the_final_url_is_known()
    {
        var source = new HttpSourceDocument(Url("redirect/r"), new HttpClient());

        await using var stream = await source.OpenAsync();

        Assert.Equal(Url("ok/r"), source.ResponseUri);
        Assert.Equal(FaultServer.Article("r"), await new StreamReader(stream).ReadToEndAsync());
    }

    [Fact]
    public async Task A_body_over_the_size_limit_fails_without_retry()
    {
        var source = new HttpSourceDocument(Url("ok/big"), new HttpClient(), new HttpSourceOptions { MaxResponseBytes = 10 });

        var fault = await Assert.ThrowsAsync<SourceException>(async () => await source.OpenAsync());

        Assert.Equal("source.too-large", fault.Code);
        Assert.False(fault.IsTransient);
    }
}
