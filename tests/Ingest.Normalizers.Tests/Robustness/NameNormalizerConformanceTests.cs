using Ingest.Normalizers.Names;
using Ingest.Testing;

namespace Ingest.Normalizers.Tests.Robustness;

/// <summary>The name normalizer against the normalizer conformance suite.</summary>
public sealed class NameNormalizerConformanceTests : NormalizerConformanceTests
{
    protected override IDocumentNormalizer CreateNormalizer() => new NameNormalizer(Microsoft.Extensions.Options.Options.Create(new NameNormalizerOptions()));

    protected override string TextWithEntities => "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday.";
}
