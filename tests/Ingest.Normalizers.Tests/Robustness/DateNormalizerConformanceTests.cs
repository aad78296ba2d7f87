using Ingest.Normalizers.Dates;
using Ingest.Testing;

namespace Ingest.Normalizers.Tests.Robustness;

/// <summary>The date normalizer against the normalizer conformance suite.</summary>
public sealed class DateNormalizerConformanceTests : NormalizerConformanceTests
{
    protected override IDocumentNormalizer CreateNormalizer() => new DateNormalizer();

    protected override string TextWithEntities => "The talks began on 12 November 2020 and ended three weeks later.";
}
