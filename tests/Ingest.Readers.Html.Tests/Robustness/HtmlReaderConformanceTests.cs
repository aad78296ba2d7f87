using Ingest.Testing;

namespace Ingest.Readers.Html.Tests.Robustness;

/// <summary>The HTML reader against the reader conformance suite, fuzzed with 1,000 seeded mutations of the fixture pages.</summary>
public sealed class HtmlReaderConformanceTests : ReaderConformanceTests
{
    private static readonly byte[][] Pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html"), "*.html")
        .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    protected override IDocumentReader CreateReader() => new HtmlReader();

    protected override string MediaType => MediaTypes.Html;

    protected override IReadOnlyList<byte[]> ValidSamples => Pages;

    protected override int Mutations => 1000;

    [Fact]
    public void The_fixture_pages_are_all_there()
        => Assert.Equal(5, Pages.Length);
}
