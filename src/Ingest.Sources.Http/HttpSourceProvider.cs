using Microsoft.Extensions.Options;

namespace Ingest.Sources.Http;

/// <summary>
/// Accepts <c>http://</c> and <c>https://</c> URLs, and <c>@file</c> for a file with one URL per line
/// (blank lines and lines starting with <c>#</c> are skipped).
/// </summary>
internal sealed class HttpSourceProvider : ISourceProvider
{
    private readonly IHttpClientFactory _clients;
    private readonly HttpSourceOptions _options;
    private readonly ConditionalResponseCache? _cache;

    public HttpSourceProvider(IHttpClientFactory clients, IOptions<HttpSourceOptions> options)
    {
        _clients = clients;
        _options = options.Value;
        _cache = _options.ConditionalCacheBytes > 0 ? new ConditionalResponseCache(_options.ConditionalCacheBytes) : null;
    }

    public IDocumentSource? TryCreate(string location)
    {
        if (location.StartsWith('@') && File.Exists(location[1..]))
        {
            return Create(ReadUrlList(location[1..]));
        }

        return Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? Create([uri])
            : null;
    }

    private HttpDocumentSource Create(IEnumerable<Uri> urls)
        => new(urls, _clients.CreateClient(_options.HttpClientName), _options, _cache);

    private static IEnumerable<Uri> ReadUrlList(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#') && Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                yield return uri;
            }
        }
    }
}
