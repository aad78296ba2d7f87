using Microsoft.Extensions.DependencyInjection;

namespace Ingest.DependencyInjection;

internal sealed class IngestBuilder(IServiceCollection services) : IIngestBuilder
{
    public IServiceCollection Services { get; } = services;
}
