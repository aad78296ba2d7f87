using System.Text;
using Ingest.Testing;

namespace Ingest.Readers.Csv.Tests.Conformance;

/// <summary>The CSV reader against the reader conformance suite, fuzzed with seeded mutations of CSV samples.</summary>
public sealed class CsvReaderConformanceTests : ReaderConformanceTests
{
    protected override IDocumentReader CreateReader() => new CsvReader();

    protected override string MediaType => CsvReader.CsvFormat.MediaType;

    protected override IReadOnlyList<byte[]> ValidSamples { get; } =
    [
        Encoding.UTF8.GetBytes("day,low,high,note\nMon,06:10,12:25,\"calm, clear\"\nTue,06:52,13:04,\"a \"\"spring\"\" tide\nover two lines\"\n"),
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", "mixed", "levels.csv")),
    ];

    protected override int Mutations => 1000;
}
