using Ingest;
using ThrowingPlugin;

[assembly: IngestPlugin(typeof(ThrowingEntryPoint))]

namespace ThrowingPlugin;

/// <summary>Registers a normalizer, then fails: the loader must report it and leave nothing registered.</summary>
public sealed class ThrowingEntryPoint : IIngestPlugin
{
    /// <inheritdoc />
    public void Configure(IIngestBuilder builder)
    {
        builder.AddNormalizer<UpperCaseNormalizer>();
        throw new InvalidOperationException("the licence key is missing");
    }
}
