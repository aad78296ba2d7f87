using Ingest.Testing;

namespace Ingest.Tests.Text;

/// <summary>The plain-text reader against the reader conformance suite, fuzzed with 2,000 seeded mutations of the fixtures.</summary>
public sealed class PlainTextReaderConformanceTests : ReaderConformanceTests
{
    private static readonly byte[][] Fixtures = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt")
        .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    protected override IDocumentReader CreateReader() => new PlainTextReader();

    protected override string MediaType => MediaTypes.PlainText;

    protected override IReadOnlyList<byte[]> ValidSamples => Fixtures;

    protected override int Mutations => 2000;

    protected override TimeSpan Budget => TimeSpan.FromSeconds(5);
}
