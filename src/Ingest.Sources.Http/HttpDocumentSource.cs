using System.Runtime.CompilerServices;

namespace Ingest.Sources.Http;

/// <summary>A list of URLs as a source.</summary>
public sealed class HttpDocumentSource : IDocumentSource
{
    private readonly IEnumerable<Uri> _urls;
    private readonly HttpClient _client;
    private readonly HttpSourceOptions _options;
    private readonly ConditionalResponseCache? _cache;

    /// <summary>Creates a source for <paramref name="urls"/>.</summary>
    /// <param name="urls">Absolute http or https URLs, enumerated lazily.</param>
    /// <param name="client">The client to send requests with.</param>
    /// <param name="options">The options; defaults when null.</param>
    public HttpDocumentSource(IEnumerable<Uri> urls, HttpClient client, HttpSourceOptions? options = null)
        : this(urls, client, options ?? new HttpSourceOptions(), cache: null)
    {
    }

    internal HttpDocumentSource(IEnumerable<Uri> urls, HttpClient client, HttpSourceOptions options, ConditionalResponseCache? cache)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(client);
        _urls = urls;
        _client = client;
        _options = options;
        _cache = cache;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceDocument> GetDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var url in _urls)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new HttpSourceDocument(url, _client, _options, _cache);
        }
    }
}
