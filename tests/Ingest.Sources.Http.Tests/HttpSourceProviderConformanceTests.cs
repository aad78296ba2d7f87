using Ingest.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Sources.Http.Tests;

/// <summary>The HTTP source provider (registered by <c>AddHttpSource()</c>) against the source conformance suite; enumerating makes no request.</summary>
public sealed class HttpSourceProviderConformanceTests : SourceProviderConformanceTests
{
    protected override ISourceProvider CreateProvider()
        => new ServiceCollection().AddIngest(b => b.AddHttpSource()).Services.BuildServiceProvider()
            .GetServices<ISourceProvider>().Single(p => p.GetType().Name == "HttpSourceProvider");

    protected override string SupportedLocation => "https://example.test/article.html";

    protected override string UnsupportedLocation => "articles/local.txt";
}
