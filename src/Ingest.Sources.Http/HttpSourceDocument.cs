using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace Ingest.Sources.Http;

/// <summary>
/// A document at an HTTP(S) URL. Opening it downloads the whole body (up to <see cref="HttpSourceOptions.MaxResponseBytes"/>)
/// so that the pipeline's retries cover the transfer, not just the request; the media type and charset then come from
/// the response's <c>Content-Type</c>. Faults are thrown as <see cref="SourceException"/>, marked transient (connection
/// failures, time-outs, truncated bodies, 408, 429, 5xx — with <c>Retry-After</c> when the server sends one) or
/// permanent (other 4xx, too large).
/// </summary>
public sealed class HttpSourceDocument : SourceDocument
{
    private const int InitialBodyCapacity = 64 * 1024;

    private readonly HttpClient _client;
    private readonly HttpSourceOptions _options;
    private readonly ConditionalResponseCache? _cache;
    private string? _responseMediaType;
    private string? _responseCharset;
    private long? _responseLength;

    /// <summary>Creates a document for <paramref name="uri"/>.</summary>
    /// <param name="uri">An absolute <c>http</c> or <c>https</c> URL.</param>
    /// <param name="client">The client to send requests with.</param>
    /// <param name="options">The options; defaults when null.</param>
    public HttpSourceDocument(Uri uri, HttpClient client, HttpSourceOptions? options = null)
        : this(uri, client, options ?? new HttpSourceOptions(), cache: null)
    {
    }

    internal HttpSourceDocument(Uri uri, HttpClient client, HttpSourceOptions options, ConditionalResponseCache? cache)
        : base(uri)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        if (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{uri}' is not an absolute http or https URL.", nameof(uri));
        }

        _client = client;
        _options = options;
        _cache = cache;
    }

    /// <summary>The media type from the last response's <c>Content-Type</c>, else the hint given at creation.</summary>
    public override string? MediaType => _responseMediaType ?? base.MediaType;

    /// <summary>The charset from the last response's <c>Content-Type</c>, else the hint given at creation.</summary>
    public override string? Charset => _responseCharset ?? base.Charset;

    /// <summary>The length of the last response body, else the hint given at creation.</summary>
    public override long? Length => _responseLength ?? base.Length;

    /// <summary>The URL's scheme, host and port: each remote host has its own circuit breaker.</summary>
    public override string? ResilienceKey => Uri.GetLeftPart(UriPartial.Authority);

    /// <summary>The URL the content finally came from, after redirects; <see langword="null"/> before the first download.</summary>
    public Uri? ResponseUri { get; private set; }

    /// <inheritdoc />
    public override async ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        CachedResponse? cached = null;
        if (_cache is not null && _cache.TryGet(Uri, out var entry))
        {
            cached = entry;
        }

        var response = await SendFollowingRedirectsAsync(cached, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            ResponseUri = response.RequestMessage?.RequestUri ?? Uri;
            if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
            {
                Remember(cached.MediaType, cached.Charset, cached.Content.Length);
                return new MemoryStream(cached.Content, writable: false);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw StatusFault(response);
            }

            CheckScheme(ResponseUri);
            var declared = response.Content.Headers.ContentLength;
            if (declared > _options.MaxResponseBytes)
            {
                throw TooLarge();
            }

            var contentType = response.Content.Headers.ContentType;
            var body = await ReadBodyAsync(response, declared, cancellationToken).ConfigureAwait(false);
            Remember(contentType?.MediaType?.ToLowerInvariant(), NormalizeCharset(contentType), body.Length);
            _cache?.Store(Uri, new CachedResponse(body, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, _responseMediaType, _responseCharset));
            return new MemoryStream(body, writable: false);
        }
    }

    /// <summary>
    /// Sends the request and follows redirects itself, so that a redirect to anything but <c>http</c> or <c>https</c>
    /// (<c>ftp:</c>, <c>gopher:</c>, <c>ws:</c>, <c>file:</c>) or from <c>https</c> down to <c>http</c> is refused
    /// before any request goes to it. (A client that follows redirects on its own is checked after the fact.)
    /// </summary>
    private async Task<HttpResponseMessage> SendFollowingRedirectsAsync(CachedResponse? cached, CancellationToken cancellationToken)
    {
        var target = Uri;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, target);
            request.Headers.UserAgent.TryParseAdd(_options.UserAgent);
            if (cached is not null && redirects == 0)
            {
                AddValidators(request, cached);
            }

            var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || !response.Headers.TryGetValues("Location", out var locations))
            {
                return response;
            }

            response.Dispose();

            // Read raw: the typed Location header drops values it will not parse for some schemes (ftp, file).
            var location = locations.FirstOrDefault() ?? string.Empty;
            if (!Uri.TryCreate(target, location.Trim(), out var next))
            {
                throw new SourceException("http.redirect-refused", $"{target} redirected to '{location}', which is not a URL.", isTransient: false);
            }

            if (redirects >= _options.MaxRedirects)
            {
                throw new SourceException("http.too-many-redirects", $"{Uri} redirected more than {_options.MaxRedirects} times (HttpSourceOptions.MaxRedirects).", isTransient: false);
            }

            CheckScheme(next);
            if (target.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
            {
                throw new SourceException("http.redirect-refused", $"{target} redirected from https down to {next}; the redirect is not followed.", isTransient: false);
            }

            target = next;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new SourceException("http.connection", $"The request to {request.RequestUri?.Host} failed: {ex.Message}", isTransient: true, ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SourceException("http.timeout", $"The request to {request.RequestUri?.Host} timed out.", isTransient: true, ex);
        }
    }

    private static void AddValidators(HttpRequestMessage request, CachedResponse cached)
    {
        if (cached.ETag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", cached.ETag);
        }

        if (cached.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }
    }

    private static bool IsRedirect(HttpStatusCode status)
        => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private void CheckScheme(Uri target)
    {
        if (target.Scheme is not ("http" or "https"))
        {
            throw new SourceException("http.redirect-refused", $"{Uri} redirected to {target}; only http and https redirects are followed.", isTransient: false);
        }
    }

    private void Remember(string? mediaType, string? charset, long length)
    {
        _responseMediaType = mediaType;
        _responseCharset = charset;
        _responseLength = length;
    }

    private static string? NormalizeCharset(MediaTypeHeaderValue? contentType)
        => contentType?.CharSet?.Trim('"', '\'', ' ').ToLowerInvariant() is { Length: > 0 } charset ? charset : null;

    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, long? declared, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            // Grown as bytes arrive: a declared length is a claim, and pre-allocating it would let a 10-byte body
            // with a Content-Length at the limit take the whole limit in memory.
            using var body = new MemoryStream(declared is { } d ? (int)Math.Min(d, InitialBodyCapacity) : 0);
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    int n;
                    try
                    {
                        n = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is IOException or HttpRequestException)
                    {
                        throw new SourceException("http.connection-reset", $"The connection to {Uri.Host} broke after {body.Length:N0} bytes: {ex.Message}", isTransient: true, ex);
                    }

                    if (n == 0)
                    {
                        break;
                    }

                    if (body.Length + n > _options.MaxResponseBytes)
                    {
                        throw TooLarge();
                    }

                    body.Write(buffer, 0, n);
                }
            }

            if (declared is { } expected && body.Length != expected)
            {
                throw new SourceException("http.truncated", $"The response from {Uri.Host} ended after {body.Length:N0} of {expected:N0} bytes.", isTransient: true);
            }

            return body.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private SourceException TooLarge() => new(
        "source.too-large",
        $"The response from {Uri.Host} is larger than the limit of {_options.MaxResponseBytes:N0} bytes (HttpSourceOptions.MaxResponseBytes).",
        isTransient: false);

    private static SourceException StatusFault(HttpResponseMessage response)
    {
        var code = (int)response.StatusCode;
        var transient = code is 408 or 429 || code >= 500;
        TimeSpan? retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
        var message = $"The server answered {code} {response.ReasonPhrase}" + (transient ? "." : "; retrying cannot help.");
        return new SourceException($"http.status.{code}", message, transient) { RetryAfter = retryAfter };
    }
}
