using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Sources.Http.Tests;

// Not in parallel with the other fault-server tests: their one-second attempt time-outs are sensitive to load.
[Collection("fault server")]
public sealed class HttpReliabilityTests : IAsyncLifetime
{
    private FaultServer _server = null!;
    private ServiceProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _server = await FaultServer.StartAsync();
        var services = new ServiceCollection();
        services.AddIngest(b => b
            .AddTextReader()
            .AddHttpSource()
            .Configure(o =>
            {
                o.MaxDegreeOfParallelism = 2;
                o.SourceResilience.MaxRetryAttempts = 0;
                o.SourceResilience.AttemptTimeout = TimeSpan.FromSeconds(30);
            }));
        _provider = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task<IngestResult> IngestAsync(string path)
    {
        var source = _provider.GetServices<ISourceProvider>().Select(p => p.TryCreate(new Uri(_server.BaseUri, path).ToString())).First(s => s is not null)!;
        var service = _provider.GetRequiredService<IIngestionService>();
        await foreach (var result in service.IngestAsync(source.GetDocumentsAsync()))
        {
            return result;
        }

        throw new InvalidOperationException("no result");
    }

    [Theory]
    [InlineData("ftp")]
    [InlineData("gopher")]
    [InlineData("ws")]
    [InlineData("file")]
    public async Task A_redirect_to_a_scheme_other_than_http_is_refused_before_any_request_goes_there(string scheme)
    {
        var result = await IngestAsync("redirect-to/" + scheme);

        Assert.Equal(IngestStatus.Failed, result.Status);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("http.redirect-refused", diagnostic.Code);
        Assert.False(diagnostic.Transient);
        Assert.False(_server.Hits.ContainsKey("/ok/elsewhere"));
    }

    [Fact]
    public async Task A_redirect_with_a_client_that_follows_redirects_itself_is_checked_after_the_fact()
    {
        using var client = new HttpClient();
        var source = new HttpSourceDocument(new Uri(_server.BaseUri, "redirect-to/ftp"), client);

        var fault = await Assert.ThrowsAsync<SourceException>(async () => await source.OpenAsync());

        Assert.Equal("http.redirect-refused", fault.Code);
        Assert.False(fault.IsTransient);
    }

    [Fact]
    public async Task A_utf7_charset_falls_back_with_a_warning_instead_of_failing()
    {
        var result = await IngestAsync("utf7");

        Assert.Equal(IngestStatus.Succeeded, result.Status);
        Assert.Equal("Plain words, then +AGEAYgBj-.", result.Document!.Text);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("text.encoding.unknown-charset", warning.Code);
        Assert.Contains("utf-7", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_length_at_the_limit_is_not_allocated_up_front_for_a_short_body()
    {
        var declared = 256L * 1024 * 1024;
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var result = await IngestAsync($"declared/{declared}");

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.True(allocated < declared / 4, $"allocated {allocated:N0} bytes for a 10-byte body");
        var fault = Assert.Single(result.Diagnostics);
        Assert.True(fault.Transient, fault.Code);
    }

    [Fact]
    public async Task Server_errors_and_open_circuits_are_marked_transient_and_client_errors_are_not()
    {
        var server = await IngestAsync("status/503");
        var missing = await IngestAsync("status/404");

        Assert.True(Assert.Single(server.Diagnostics).Transient);
        Assert.False(Assert.Single(missing.Diagnostics).Transient);
    }
}
