namespace Ingest.Sources.Http;

/// <summary>Options of the HTTP source.</summary>
public sealed class HttpSourceOptions
{
    /// <summary>The name of the <see cref="HttpClient"/> taken from <c>IHttpClientFactory</c>. Default: <c>Ingest.Http</c>.</summary>
    public string HttpClientName { get; set; } = "Ingest.Http";

    /// <summary>The largest response body accepted; larger ones fail with <c>source.too-large</c> and are not retried. Default: 256 MiB.</summary>
    public long MaxResponseBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The <c>User-Agent</c> sent with every request.</summary>
    public string UserAgent { get; set; } = "Ingest/0.1 (+https://github.com/ingest-dotnet/ingest)";

    /// <summary>
    /// The memory, in bytes, kept for responses that carry an <c>ETag</c> or <c>Last-Modified</c>, so that the same URL
    /// requested again (a retry, a repeated entry, a second batch on the same source) is revalidated with a conditional
    /// request and a <c>304 Not Modified</c> costs no download. 0 disables conditional requests. Default: 32 MiB.
    /// </summary>
    public long ConditionalCacheBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>How many redirects are followed. Default: 10.</summary>
    public int MaxRedirects { get; set; } = 10;
}
