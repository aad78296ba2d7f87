using DependentPlugin;
using Ingest;

[assembly: IngestPlugin(typeof(DependentEntryPoint), Name = "dependent")]

namespace DependentPlugin;

/// <summary>Registers a normalizer whose name comes from a private dependency in the plugin's folder.</summary>
public sealed class DependentEntryPoint : IIngestPlugin
{
    /// <inheritdoc />
    public void Configure(IIngestBuilder builder) => builder.AddNormalizer<ShoutedNormalizer>();
}
