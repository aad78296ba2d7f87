using Ingest;

namespace ThrowingPlugin;

/// <summary>A normalizer that is registered before the plugin throws.</summary>
public sealed class UpperCaseNormalizer : IDocumentNormalizer
{
    /// <inheritdoc />
    public string Name => "upper";

    /// <inheritdoc />
    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
        => ValueTask.CompletedTask;
}
