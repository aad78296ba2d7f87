using Ingest.Normalizers.Numbers;
using Ingest.Testing;

namespace Ingest.Normalizers.Tests.Robustness;

/// <summary>The number normalizer against the normalizer conformance suite.</summary>
public sealed class NumberNormalizerConformanceTests : NormalizerConformanceTests
{
    protected override IDocumentNormalizer CreateNormalizer() => new NumberNormalizer();

    protected override string TextWithEntities => "About 2,500 people and forty-two trucks crossed, at a cost of $1.5 million.";
}
