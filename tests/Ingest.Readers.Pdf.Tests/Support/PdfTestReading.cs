namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>Reads PDFs from bytes or fixture files with the <see cref="PdfReader"/>.</summary>
internal static class PdfTestReading
{
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static Document Read(byte[] data, PdfReaderOptions? options = null)
    {
        var source = new MemorySource(data);
        var reader = new PdfReader(options ?? new PdfReaderOptions());
        using var stream = new MemoryStream(data, writable: false);
        return reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Pdf)).AsTask().GetAwaiter().GetResult();
    }

    public static Document ReadFixture(string name, PdfReaderOptions? options = null) => Read(File.ReadAllBytes(FixturePath(name)), options);
}
