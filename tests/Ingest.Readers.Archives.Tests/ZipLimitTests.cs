using System.IO.Compression;
using Ingest.Readers.Archives;

namespace Ingest.Readers.Archives.Tests;

/// <summary>The per-entry size and entry-count limits: each refusal is a warning and the entries within them are children.</summary>
public sealed class ZipLimitTests
{
    [Fact]
    public async Task An_entry_larger_than_the_entry_limit_is_skipped_and_the_rest_are_children()
    {
        var bytes = ZipReaderTests.Zip(
            ("big.txt", new byte[5000], CompressionLevel.NoCompression),
            ("small.txt", "small"u8.ToArray(), CompressionLevel.NoCompression));

        var (document, children) = await ZipReaderTests.ReadAsync(new ZipReader(new ArchiveReaderOptions { MaxEntryBytes = 4096 }), bytes);

        Assert.Equal(["small.txt"], children.Select(c => c.Path));
        var skipped = Assert.Single(document.Diagnostics, d => d.Code == "zip.entry-too-large");
        Assert.Contains("big.txt", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_past_the_entry_count_limit_are_not_read_and_the_warning_comes_once()
    {
        var entries = Enumerable.Range(1, 12).Select(i => ($"e{i:D2}.txt", "x"u8.ToArray(), CompressionLevel.NoCompression)).ToArray();

        var (document, children) = await ZipReaderTests.ReadAsync(new ZipReader(new ArchiveReaderOptions { MaxEntries = 5 }), ZipReaderTests.Zip(entries));

        Assert.Equal(["e01.txt", "e02.txt", "e03.txt", "e04.txt", "e05.txt"], children.Select(c => c.Path));
        Assert.Single(document.Diagnostics, d => d.Code == "zip.too-many-entries");
    }
}
