using Ingest.Readers.Office.Spreadsheet;
using Ingest.Testing;

namespace Ingest.Readers.Office.Tests.Conformance;

/// <summary>The XLSX reader against the reader conformance suite, fuzzed with seeded mutations of converted fixtures.</summary>
public sealed class XlsxReaderConformanceTests : ReaderConformanceTests
{
    protected override IDocumentReader CreateReader() => new XlsxReader();

    protected override string MediaType => OfficeFormats.XlsxMediaType;

    protected override IReadOnlyList<byte[]> ValidSamples { get; } = OfficeSamples.Of(".xlsx");

    protected override int Mutations => 150;
}
