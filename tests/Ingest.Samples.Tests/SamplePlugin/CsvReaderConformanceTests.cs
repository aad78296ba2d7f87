using System.Text;
using Ingest.Samples.Plugin;
using Ingest.Testing;

namespace Ingest.Samples.Tests.SamplePlugin;

/// <summary>The sample plugin's CSV reader against the reader conformance suite.</summary>
public sealed class CsvReaderConformanceTests : ReaderConformanceTests
{
    protected override IDocumentReader CreateReader() => new CsvReader();

    protected override string MediaType => "text/csv";

    protected override IReadOnlyList<byte[]> ValidSamples { get; } =
    [
        Encoding.UTF8.GetBytes("Name,Email,Note\nAda Lovelace,ada@example.org,\"first, \"\"programmer\"\"\"\nAlan Turing,alan@example.com,\"two\nlines\"\n"),
        Encoding.UTF8.GetBytes("city;country;population\nLyon;France;522250\nPorto;Portugal;231800\n"),
    ];
}
