using System.Text;

namespace Ingest.Tests.Text;

/// <summary>How much room the reader gives the document text before reading it, and what that costs in memory.</summary>
public sealed class PlainTextReaderCapacityTests
{
    private const string TinyText = "A short note.\n\nIt has two lines.\n";
    private const long ClaimedLength = 1L << 30;

    [Fact]
    public async Task A_tiny_text_whose_source_claims_a_gigabyte_reads_correctly_with_a_few_megabytes_over_a_network_stream()
    {
        var bytes = Encoding.UTF8.GetBytes(TinyText);
        await ReadAsync(bytes, seekable: false); // JIT and pools warmed outside the measure

        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = await ReadAsync(bytes, seekable: false);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["A short note.", "It has two lines."], document.Blocks.Select(b => b.GetText(document)));
        Assert.InRange(allocated, 0, 4L << 20);
    }

    [Fact]
    public async Task A_tiny_seekable_text_whose_source_claims_a_gigabyte_is_sized_by_the_stream_not_the_claim()
    {
        var bytes = Encoding.UTF8.GetBytes(TinyText);
        await ReadAsync(bytes, seekable: true);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var document = await ReadAsync(bytes, seekable: true);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["A short note.", "It has two lines."], document.Blocks.Select(b => b.GetText(document)));
        Assert.InRange(allocated, 0, 256L << 10);
    }

    [Fact]
    public void A_seekable_stream_sizes_the_text_from_its_remaining_length_even_past_a_megabyte()
    {
        using var stream = new MemoryStream(new byte[10_000_000]);
        stream.Position = 1_000;

        Assert.Equal(9_999_000, PlainTextReader.CapacityHint(stream, Context(ClaimedLength)));
    }

    [Fact]
    public void A_length_the_reader_cannot_verify_sizes_at_most_one_mebichar()
    {
        using var stream = new NonSeekableStream(new MemoryStream(new byte[10]));

        Assert.Equal(1 << 20, PlainTextReader.CapacityHint(stream, Context(ClaimedLength)));
        Assert.Equal(5_000, PlainTextReader.CapacityHint(stream, Context(5_000)));
    }

    [Fact]
    public void The_size_never_passes_the_most_bytes_the_reader_may_read()
    {
        using var seekable = new MemoryStream(new byte[10_000_000]);
        using var network = new NonSeekableStream(new MemoryStream(new byte[10]));

        Assert.Equal(50_000, PlainTextReader.CapacityHint(seekable, Context(ClaimedLength, maxBytes: 50_000)));
        Assert.Equal(50_000, PlainTextReader.CapacityHint(network, Context(ClaimedLength, maxBytes: 50_000)));
    }

    private static ReadContext Context(long claimedLength, long maxBytes = long.MaxValue)
        => new(new MemorySourceDocument(new byte[1], new Uri("https://example.test/a.txt")) { Length = claimedLength }, MediaTypes.PlainText)
        {
            MaxBytes = maxBytes,
        };

    private static async Task<Document> ReadAsync(byte[] bytes, bool seekable)
    {
        Stream stream = new MemoryStream(bytes, writable: false);
        if (!seekable)
        {
            stream = new NonSeekableStream(stream, maxRead: 7);
        }

        await using (stream)
        {
            return await new PlainTextReader().ReadAsync(stream, Context(ClaimedLength));
        }
    }
}
