using Ingest.Samples.Plugin;
using Ingest.Testing;

namespace Ingest.Samples.Tests.SamplePlugin;

/// <summary>The sample plugin's e-mail normalizer against the normalizer conformance suite.</summary>
public sealed class EmailNormalizerConformanceTests : NormalizerConformanceTests
{
    protected override IDocumentNormalizer CreateNormalizer() => new EmailNormalizer();

    protected override string TextWithEntities => "Write to Ada@Example.ORG or alan@turing.example.com before Monday.";
}
