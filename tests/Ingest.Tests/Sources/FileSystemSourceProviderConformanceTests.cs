using Ingest.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Sources;

/// <summary>The file-system source provider (registered by <c>AddIngest()</c>) against the source conformance suite.</summary>
public sealed class FileSystemSourceProviderConformanceTests : SourceProviderConformanceTests
{
    protected override ISourceProvider CreateProvider()
        => new ServiceCollection().AddIngest().Services.BuildServiceProvider().GetServices<ISourceProvider>().Single();

    protected override string SupportedLocation => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    protected override string UnsupportedLocation => "https://example.org/page.html";
}
