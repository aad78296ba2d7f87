using Ingest.Testing;

namespace Ingest.Readers.Email.Tests.Conformance;

/// <summary>The e-mail reader against the reader conformance suite, fuzzed with seeded mutations of the fixture messages.</summary>
public sealed class EmailReaderConformanceTests : ReaderConformanceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", "mixed");

    protected override IDocumentReader CreateReader() => new EmailReader();

    protected override string MediaType => EmailReader.EmailFormat.MediaType;

    protected override IReadOnlyList<byte[]> ValidSamples { get; } =
        Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    protected override int Mutations => 400;
}
