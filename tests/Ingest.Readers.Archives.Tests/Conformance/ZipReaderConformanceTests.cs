using Ingest.Testing;

namespace Ingest.Readers.Archives.Tests.Conformance;

/// <summary>The ZIP reader against the reader conformance suite, fuzzed with seeded mutations of the fixture archive.</summary>
public sealed class ZipReaderConformanceTests : ReaderConformanceTests
{
    protected override IDocumentReader CreateReader() => new ZipReader();

    protected override string MediaType => ZipReader.ZipFormat.MediaType;

    protected override IReadOnlyList<byte[]> ValidSamples { get; } = [File.ReadAllBytes(ZipReaderTests.Fixture("bundle.zip"))];

    protected override int Mutations => 300;
}
