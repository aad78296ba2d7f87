using Ingest.Testing;

namespace Ingest.Readers.Archives.Tests.Conformance;

/// <summary>The EPUB reader against the reader conformance suite, fuzzed with seeded mutations of the fixture book.</summary>
public sealed class EpubReaderConformanceTests : ReaderConformanceTests
{
    protected override IDocumentReader CreateReader() => new EpubReader();

    protected override string MediaType => EpubReader.EpubFormat.MediaType;

    protected override IReadOnlyList<byte[]> ValidSamples { get; } = [File.ReadAllBytes(ZipReaderTests.Fixture("statement.epub"))];

    protected override int Mutations => 300;
}
