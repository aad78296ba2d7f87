using DependentPlugin.Helper;
using Ingest;

namespace DependentPlugin;

/// <summary>A normalizer that uses the private dependency.</summary>
public sealed class ShoutedNormalizer : IDocumentNormalizer
{
    /// <inheritdoc />
    public string Name => Shouter.NormalizerName;

    /// <inheritdoc />
    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
        => ValueTask.CompletedTask;
}
