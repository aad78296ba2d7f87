using Ingest;
using OverflowingPlugin;

[assembly: IngestPlugin(typeof(OverflowingEntryPoint))]

namespace OverflowingPlugin;

/// <summary>Registers <see cref="OverflowingReader"/> and <see cref="OverflowingNormalizer"/>: the plugin the process-isolation tests load.</summary>
public sealed class OverflowingEntryPoint : IIngestPlugin
{
    /// <inheritdoc />
    public void Configure(IIngestBuilder builder) => builder.AddReader<OverflowingReader>(priority: 10).AddNormalizer<OverflowingNormalizer>(order: 500);
}
