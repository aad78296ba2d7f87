using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>A bare builder over a service collection, to test registration without the runtime.</summary>
internal sealed class TestIngestBuilder : IIngestBuilder
{
    public IServiceCollection Services { get; } = new ServiceCollection();
}
