using System.Text;

namespace Ingest.Tests.Text;

/// <summary>Reads bytes, strings and fixtures with the <see cref="PlainTextReader"/>.</summary>
internal static class ReaderHarness
{
    public static string FixturePath(string prefix)
        => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), prefix + "_*.txt").Single();

    public static Task<Document> ReadFixtureAsync(string prefix)
        => ReadAsync(File.ReadAllBytes(FixturePath(prefix)));

    public static Task<Document> ReadAsync(string text, PlainTextReaderOptions? options = null)
        => ReadAsync(Encoding.UTF8.GetBytes(text), options);

    public static async Task<Document> ReadAsync(byte[] bytes, PlainTextReaderOptions? options = null, string? detectedCharset = null, string? sourceCharset = null, bool seekable = true)
    {
        var source = new MemorySourceDocument(bytes, new Uri("file:///tests/test.txt")) { Charset = sourceCharset };
        var context = new ReadContext(source, MediaTypes.PlainText) { DetectedCharset = detectedCharset };
        var reader = new PlainTextReader(options ?? new PlainTextReaderOptions());
        Stream stream = new MemoryStream(bytes, writable: false);
        if (!seekable)
        {
            stream = new NonSeekableStream(stream, maxRead: 7);
        }

        await using (stream)
        {
            return await reader.ReadAsync(stream, context);
        }
    }

    public static IEnumerable<string> TextsOf(Document document, BlockKind kind)
        => document.Blocks.Where(b => b.Kind == kind).Select(b => b.GetText(document));
}
