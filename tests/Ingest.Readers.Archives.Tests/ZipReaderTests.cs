using System.IO.Compression;
using Ingest.Readers.Archives;

namespace Ingest.Readers.Archives.Tests;

public sealed class ZipReaderTests
{
    internal static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", "mixed", name);

    internal static byte[] Zip(params (string Name, byte[] Content, CompressionLevel Level)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, level) in entries)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    internal static async Task<(Document Document, List<ChildSourceDocument> Children)> ReadAsync(IContainerReader reader, byte[] bytes, string name = "a.zip")
    {
        var source = new MemorySourceDocument(bytes, new Uri($"file:///data/{name}"));
        var context = new ReadContext(source, reader.Formats[0].MediaType);
        Document document;
        await using (var stream = await source.OpenAsync())
        {
            document = await reader.ReadAsync(stream, context);
        }

        var children = new List<ChildSourceDocument>();
        await using (var stream = await source.OpenAsync())
        {
            await foreach (var child in reader.ReadChildrenAsync(stream, context))
            {
                children.Add(child);
            }
        }

        return (document, children);
    }

    [Fact]
    public async Task Entries_are_listed_and_yielded_as_children_named_by_their_paths()
    {
        var (document, children) = await ReadAsync(new ZipReader(), await File.ReadAllBytesAsync(Fixture("bundle.zip")));

        Assert.Equal(["docs/statement.txt", "docs/statement.docx", "inner/nested.zip"], document.Blocks.Select(b => b.GetText(document)));
        Assert.Equal(["docs/statement.txt", "docs/statement.docx", "inner/nested.zip"], children.Select(c => c.Path));
        Assert.Equal(new Uri("file:///data/a.zip/inner/nested.zip"), children[2].Uri);
        Assert.Equal(new Uri("file:///data/a.zip"), children[2].Parent);
    }

    [Fact]
    public async Task Traversal_absolute_and_encrypted_entries_are_skipped_with_warnings()
    {
        var bytes = Zip(
            ("../evil.txt", "x"u8.ToArray(), CompressionLevel.Fastest),
            ("/etc/abs.txt", "x"u8.ToArray(), CompressionLevel.Fastest),
            ("ok/./fine.txt", "fine"u8.ToArray(), CompressionLevel.Fastest));

        var (document, children) = await ReadAsync(new ZipReader(), bytes);

        Assert.Equal(["ok/fine.txt"], children.Select(c => c.Path));
        Assert.Equal(2, document.Diagnostics.Count(d => d.Code == "zip.unsafe-path"));
    }

    [Fact]
    public async Task A_zip_bomb_entry_and_an_archive_past_the_total_limit_are_refused()
    {
        var bomb = Zip(("zeros.bin", new byte[32 << 20], CompressionLevel.SmallestSize), ("small.txt", "small"u8.ToArray(), CompressionLevel.Fastest));
        var big = Zip(("a.txt", new byte[600], CompressionLevel.NoCompression), ("b.txt", new byte[600], CompressionLevel.NoCompression));

        var (bombDocument, bombChildren) = await ReadAsync(new ZipReader(), bomb);
        var (bigDocument, bigChildren) = await ReadAsync(new ZipReader(new ArchiveReaderOptions { MaxTotalBytes = 1000 }), big);

        Assert.Equal(["small.txt"], bombChildren.Select(c => c.Path));
        Assert.Contains(bombDocument.Diagnostics, d => d.Code == "zip.zip-bomb");
        Assert.Equal(["a.txt"], bigChildren.Select(c => c.Path));
        Assert.Contains(bigDocument.Diagnostics, d => d.Code == "zip.too-large");
    }

    [Fact]
    public async Task Encrypted_entries_are_skipped_with_a_warning()
    {
        var bytes = Zip(("secret.txt", "s"u8.ToArray(), CompressionLevel.NoCompression));
        bytes[6] |= 1;
        var central = bytes.AsSpan().IndexOf("PK\u0001\u0002"u8);
        bytes[central + 8] |= 1;

        var (document, children) = await ReadAsync(new ZipReader(), bytes);

        Assert.Empty(children);
        Assert.Contains(document.Diagnostics, d => d.Code == "zip.encrypted-entry");
    }

    [Fact]
    public async Task A_truncated_archive_fails_with_a_malformed_diagnostic()
    {
        var bytes = await File.ReadAllBytesAsync(Fixture("bundle.zip"));

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => ReadAsync(new ZipReader(), bytes[..(bytes.Length - 30)]));

        Assert.Equal("zip.malformed", error.Code);
    }

    [Fact]
    public async Task An_epub_gives_its_metadata_and_its_spine_documents_as_children()
    {
        var (document, children) = await ReadAsync(new EpubReader(), await File.ReadAllBytesAsync(Fixture("statement.epub")), "book.epub");

        Assert.Equal("Joint statement", document.Metadata.Title);
        Assert.Equal(["Ingest fixtures"], document.Metadata.Authors);
        Assert.Equal("en", document.Metadata.Language);
        Assert.Equal(new DateOnly(2020, 11, 14), document.Metadata.Published);
        Assert.Equal(["OEBPS/text/ch1.xhtml", "OEBPS/text/ch2.xhtml"], children.Select(c => c.Path));
        Assert.Equal("application/xhtml+xml", children[0].MediaType);
    }
}
