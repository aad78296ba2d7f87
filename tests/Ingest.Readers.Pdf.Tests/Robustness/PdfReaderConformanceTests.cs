using Ingest.Testing;

namespace Ingest.Readers.Pdf.Tests.Robustness;

/// <summary>The PDF reader against the reader conformance suite, fuzzed with 300 seeded mutations of the fixture renditions.</summary>
public sealed class PdfReaderConformanceTests : ReaderConformanceTests
{
    private static readonly byte[][] Renditions = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf"), "*.pdf")
        .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    protected override IDocumentReader CreateReader() => new PdfReader(new PdfReaderOptions { TimeBudget = TimeSpan.FromSeconds(5) });

    protected override string MediaType => MediaTypes.Pdf;

    protected override IReadOnlyList<byte[]> ValidSamples => Renditions;

    protected override int Mutations => 300;

    protected override TimeSpan Budget => TimeSpan.FromSeconds(15);

    [Fact]
    public void The_fixture_renditions_are_all_there()
        => Assert.Equal(10, Renditions.Length);
}
