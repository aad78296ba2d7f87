using Ingest.Readers.Office.Word;
using Ingest.Testing;

namespace Ingest.Readers.Office.Tests.Conformance;

/// <summary>The DOCX reader against the reader conformance suite, fuzzed with seeded mutations of converted fixtures.</summary>
public sealed class DocxReaderConformanceTests : ReaderConformanceTests
{
    protected override IDocumentReader CreateReader() => new DocxReader();

    protected override string MediaType => OfficeFormats.DocxMediaType;

    protected override IReadOnlyList<byte[]> ValidSamples { get; } = OfficeSamples.Of(".docx");

    protected override int Mutations => 150;
}
