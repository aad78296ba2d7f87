using System.IO.Compression;

namespace Ingest.Readers.Archives.Tests.Conformance;

/// <summary>Damage the fuzz test found: a wrong entry count in the central directory end record, a damaged part.</summary>
public sealed class DamagedArchiveTests
{
    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    private static async Task<DocumentReadException> RefusalAsync(IDocumentReader reader, byte[] bytes, string mediaType)
    {
        using var stream = new MemoryStream(bytes);
        var context = new ReadContext(new MemorySourceDocument(bytes, new Uri("memory:/damaged")), mediaType);
        return await Assert.ThrowsAsync<DocumentReadException>(async () => await reader.ReadAsync(stream, context));
    }

    [Fact]
    public async Task A_central_directory_that_miscounts_its_entries_is_a_malformed_archive()
    {
        var bytes = Zip(("a.txt", "alpha"), ("b.txt", "beta"));
        bytes[^12] = 7; // the end record's total number of entries (offset 10 of the 22-byte record)

        var error = await RefusalAsync(new ZipReader(), bytes, "application/zip");

        Assert.Equal("zip.malformed", error.Code);
    }

    [Fact]
    public async Task An_epub_whose_package_part_is_damaged_is_a_malformed_book()
    {
        var bytes = Zip(
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", "<container><rootfiles><rootfile full-path=\"content.opf\"/></rootfiles></container>"),
            ("content.opf", new string('x', 4000)));
        var header = FindLocalHeader(bytes, "content.opf");
        bytes[header + 30 + "content.opf".Length + 2] ^= 0xFF; // inside the deflate data of the package part

        var error = await RefusalAsync(new EpubReader(), bytes, "application/epub+zip");

        Assert.Equal("epub.malformed", error.Code);
    }

    private static int FindLocalHeader(byte[] bytes, string name)
    {
        var pattern = System.Text.Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 30 + pattern.Length < bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4 && bytes.AsSpan(i + 30, pattern.Length).SequenceEqual(pattern))
            {
                return i;
            }
        }

        throw new InvalidOperationException("no such entry");
    }
}
