using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Ingest.Sources.Http.Tests;

/// <summary>
/// A Kestrel server on 127.0.0.1 and a free port that injects faults by path:
/// <c>/ok/{name}</c>, <c>/flaky/{failures}/{name}</c> (503 that many times, then 200), <c>/ratelimited/{name}</c>
/// (429 with Retry-After: 1 once), <c>/reset/{failures}/{name}</c> (connection aborted mid-body that many times),
/// <c>/truncated/{failures}/{name}</c> (body shorter than Content-Length), <c>/status/{code}</c>, <c>/slow</c>,
/// <c>/latin1</c> (windows-1252 body labelled as such), <c>/pdf-as-html</c>, <c>/etag/{name}</c>, <c>/redirect/{name}</c>,
/// <c>/redirect-to/{scheme}</c> (302 to the same host and port under another scheme), <c>/utf7</c> (labelled
/// <c>charset=utf-7</c>), <c>/declared/{bytes}</c> (a Content-Length of that many bytes, then 10 bytes and a reset).
/// Every request is counted per path.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentDictionary<string, int> Hits { get; } = new();

    public int NotModified;

    private FaultServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<FaultServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FaultServer(app);
        server.Map(app);
        await app.StartAsync();
        server.BaseUri = new Uri(app.Urls.First() + "/");
        return server;
    }

    public static string Article(string name) => $"Article {name}. Published on 12 November 2020, it reports 1,960 peacekeepers.";

    private int Count(HttpContext context) => Hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);

    private void Map(WebApplication app)
    {
        app.MapGet("/ok/{name}", (HttpContext c, string name) =>
        {
            Count(c);
            return Results.Text(Article(name), "text/plain", Encoding.UTF8);
        });
        app.MapGet("/flaky/{failures:int}/{name}", (HttpContext c, int failures, string name) =>
            Count(c) <= failures ? Results.StatusCode(503) : Results.Text(Article(name), "text/plain"));
        app.MapGet("/ratelimited/{name}", (HttpContext c, string name) =>
        {
            if (Count(c) == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }

            return Results.Text(Article(name), "text/plain");
        });
        app.MapGet("/reset/{failures:int}/{name}", async (HttpContext c, int failures, string name) =>
        {
            var body = Encoding.UTF8.GetBytes(Article(name));
            c.Response.ContentType = "text/plain";
            c.Response.ContentLength = body.Length;
            if (Count(c) <= failures)
            {
                await c.Response.Body.WriteAsync(body.AsMemory(0, 10));
                await c.Response.Body.FlushAsync();
                c.Abort();
                return;
            }

            await c.Response.Body.WriteAsync(body);
        });
        app.MapGet("/truncated/{failures:int}/{name}", async (HttpContext c, int failures, string name) =>
        {
            var body = Encoding.UTF8.GetBytes(Article(name));
            c.Response.ContentType = "text/plain";
            if (Count(c) <= failures)
            {
                // Chunked body that simply ends early: the server closes cleanly but the declared length is not met.
                c.Features.Get<IHttpResponseBodyFeature>()!.DisableBuffering();
                c.Response.Headers.ContentLength = body.Length + 100;
                await c.Response.Body.WriteAsync(body);
                c.Abort();
                return;
            }

            c.Response.ContentLength = body.Length;
            await c.Response.Body.WriteAsync(body);
        });
        app.MapGet("/status/{code:int}", (HttpContext c, int code) =>
        {
            Count(c);
            return Results.StatusCode(code);
        });
        app.MapGet("/slow", async (HttpContext c) =>
        {
            Count(c);
            await Task.Delay(TimeSpan.FromSeconds(5), c.RequestAborted);
            return Results.Text("too late", "text/plain");
        });
        app.MapGet("/latin1", (HttpContext c) =>
        {
            Count(c);
            var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me in Bak\u00fc");
            return Results.Bytes(bytes, "text/plain; charset=windows-1252");
        });
        app.MapGet("/pdf-as-html", (HttpContext c) =>
        {
            Count(c);
            return Results.Bytes(Encoding.ASCII.GetBytes("%PDF-1.4\n% not really a pdf\n"), "text/html; charset=utf-8");
        });
        app.MapGet("/etag/{name}", (HttpContext c, string name) =>
        {
            Count(c);
            const string tag = "\"v1\"";
            if (c.Request.Headers.IfNoneMatch == tag)
            {
                Interlocked.Increment(ref NotModified);
                return Results.StatusCode(304);
            }

            c.Response.Headers.ETag = tag;
            return Results.Text(Article(name), "text/plain");
        });
        app.MapGet("/redirect/{name}", (HttpContext c, string name) =>
        {
            Count(c);
            return Results.Redirect("/ok/" + name);
        });
        app.MapGet("/redirect-to/{scheme}", (HttpContext c, string scheme) =>
        {
            Count(c);
            return Results.Redirect($"{scheme}://{c.Request.Host}/ok/elsewhere");
        });
        app.MapGet("/utf7", (HttpContext c) =>
        {
            Count(c);
            return Results.Bytes(Encoding.ASCII.GetBytes("Plain words, then +AGEAYgBj-."), "text/plain; charset=utf-7");
        });
        app.MapGet("/declared/{bytes:long}", async (HttpContext c, long bytes) =>
        {
            Count(c);
            c.Response.ContentType = "text/plain";
            c.Features.Get<IHttpResponseBodyFeature>()!.DisableBuffering();
            c.Response.Headers.ContentLength = bytes;
            await c.Response.Body.WriteAsync("ten bytes."u8.ToArray());
            await c.Response.Body.FlushAsync();
            c.Abort();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
