using Ingest.Readers.Office.Presentation;
using Ingest.Testing;

namespace Ingest.Readers.Office.Tests.Conformance;

/// <summary>The PPTX reader against the reader conformance suite, fuzzed with seeded mutations of converted fixtures.</summary>
public sealed class PptxReaderConformanceTests : ReaderConformanceTests
{
    protected override IDocumentReader CreateReader() => new PptxReader();

    protected override string MediaType => OfficeFormats.PptxMediaType;

    protected override IReadOnlyList<byte[]> ValidSamples { get; } = OfficeSamples.Of(".pptx");

    protected override int Mutations => 150;
}
