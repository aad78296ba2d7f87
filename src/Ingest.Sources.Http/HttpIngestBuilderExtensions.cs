using System.Net;
using Ingest.Sources.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers the HTTP source.</summary>
public static class HttpIngestBuilderExtensions
{
    /// <summary>
    /// Lets hosts ingest <c>http(s)://</c> URLs and <c>@file</c> URL lists, through a named <see cref="HttpClient"/> from
    /// <c>IHttpClientFactory</c> (configure it further with <c>services.AddHttpClient(HttpSourceOptions.HttpClientName)</c>).
    /// Retries, time-outs and circuit breaking come from the pipeline's <c>IngestOptions.SourceResilience</c>.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddHttpSource(this IIngestBuilder builder, Action<HttpSourceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<HttpSourceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        var probe = new HttpSourceOptions();
        configure?.Invoke(probe);
        builder.Services.AddHttpClient(probe.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(_ => new SocketsHttpHandler
            {
                // HttpSourceDocument follows redirects itself, to refuse schemes other than http and https.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(30),
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        return builder.AddSourceProvider<HttpSourceProvider>();
    }
}
