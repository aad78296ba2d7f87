using System.Text;
using System.Text.Json;

namespace Ingest.Tests.Reliability;

public sealed class WriterReliabilityTests
{
    private static IngestResult Result(string text, IEnumerable<Entity>? entities = null, string name = "a.txt")
    {
        var builder = new DocumentBuilder(new Uri("memory:/" + name), MediaTypes.PlainText);
        foreach (var paragraph in text.Split("\n\n"))
        {
            builder.AddBlock(BlockKind.Paragraph, paragraph);
        }

        var document = builder.Build();
        foreach (var entity in entities ?? [])
        {
            document.Entities.Add(entity);
        }

        return new IngestResult(document.Source, 0, IngestStatus.Succeeded, document, []) { Reader = "text" };
    }

    private static async Task<string[]> WriteAsync(int maxTextLength, params IngestResult[] results)
    {
        using var stream = new MemoryStream();
        await using (var writer = new JsonLinesWriter(stream, leaveOpen: true) { MaxTextLength = maxTextLength })
        {
            foreach (var result in results)
            {
                await writer.WriteAsync(result);
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Text_over_the_maximum_is_cut_with_a_diagnostic_and_the_record_is_partial()
    {
        var text = GeneratedInputs.Prose(seed: 7, length: 5_000);
        var lines = await WriteAsync(1_000, Result(text));

        using var json = JsonDocument.Parse(Assert.Single(lines));
        var root = json.RootElement;
        Assert.Equal("partial", root.GetProperty("status").GetString());
        var written = root.GetProperty("text").GetString()!;
        Assert.Equal(1_000, written.Length);
        Assert.StartsWith(written, Result(text).Document!.Text, StringComparison.Ordinal);
        foreach (var block in root.GetProperty("blocks").EnumerateArray())
        {
            Assert.True(block.GetProperty("start").GetInt32() + block.GetProperty("length").GetInt32() <= 1_000);
        }

        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("output.text-truncated", diagnostic.GetProperty("code").GetString());
        Assert.Equal("write", diagnostic.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 9) + "😀" + "tail";
        var lines = await WriteAsync(10, Result(text));

        using var json = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal(new string('a', 9), json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Text_longer_than_one_segment_round_trips_with_escapes_and_pairs_at_every_boundary()
    {
        // 64 Ki-character segments: put quotes, controls and surrogate pairs around every boundary.
        var builder = new StringBuilder();
        var random = new Random(11);
        while (builder.Length < 300_000)
        {
            builder.Append(random.Next(6) switch
            {
                0 => "\"",
                1 => "\\",
                2 => "😀",
                3 => "\u0001",
                4 => "é",
                _ => "word ",
            });
        }

        var text = builder.ToString();
        var result = Result(text);
        var lines = await WriteAsync(int.MaxValue, result);

        using var json = JsonDocument.Parse(Assert.Single(lines));
        Assert.Equal(result.Document!.Text, json.RootElement.GetProperty("text").GetString());
        Assert.Equal("succeeded", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_record_that_cannot_be_serialized_becomes_a_failed_record_and_the_next_is_written()
    {
        var broken = Result("some text here", [new ThrowingEntity(0, 4, "some")], "broken.txt");
        var good = Result("fine text", name: "good.txt");

        var lines = await WriteAsync(int.MaxValue, broken, good);

        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("memory:/broken.txt", first.RootElement.GetProperty("source").GetString());
        Assert.Equal("failed", first.RootElement.GetProperty("status").GetString());
        var diagnostic = Assert.Single(first.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("output.write-failed", diagnostic.GetProperty("code").GetString());
        Assert.Contains("entity properties broke", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("succeeded", second.RootElement.GetProperty("status").GetString());
        Assert.Equal("fine text", second.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Transient_diagnostics_are_marked_in_the_record()
    {
        var failed = new IngestResult(new Uri("memory:/t.txt"), 0, IngestStatus.Failed, null,
            [new Diagnostic(DiagnosticSeverity.Error, "source.circuit-open", "open") { Stage = "source", Transient = true }]);

        var lines = await WriteAsync(int.MaxValue, failed);

        using var json = JsonDocument.Parse(Assert.Single(lines));
        Assert.True(json.RootElement.GetProperty("diagnostics")[0].GetProperty("transient").GetBoolean());
    }

    [Fact]
    public async Task A_record_with_megabytes_of_entities_reaches_the_stream_in_pieces_and_round_trips_in_order()
    {
        // 40,000 entities of about 90 bytes of JSON each: 3.6 MB in one record, written to the stream as it grows.
        var text = string.Join(' ', Enumerable.Range(0, 40_000).Select(i => $"w{i:D5}"));
        var entities = Enumerable.Range(0, 40_000).Reverse()
            .Select(i => i % 2 == 0 ? (Entity)new LinkEntity(i * 7, 6, $"w{i:D5}", $"https://example.org/{i}") : new CustomEntity(i * 7, 6, $"w{i:D5}"));
        var result = Result(text, entities);
        var stream = new WriteSizeStream();
        await using (var writer = new JsonLinesWriter(stream, leaveOpen: true))
        {
            await writer.WriteAsync(result);
        }

        Assert.True(stream.Length > 3_000_000, $"record of {stream.Length} bytes");
        Assert.True(stream.LargestWrite < 2 * 1024 * 1024, $"largest single write {stream.LargestWrite} bytes");
        var line = Encoding.UTF8.GetString(stream.ToArray()).TrimEnd('\n');
        using var json = JsonDocument.Parse(line);
        var written = json.RootElement.GetProperty("entities").EnumerateArray().ToArray();
        Assert.Equal(40_000, written.Length);
        for (var i = 0; i < written.Length; i++)
        {
            Assert.Equal(i * 7, written[i].GetProperty("start").GetInt32());
            Assert.Equal(i % 2 == 0 ? "link" : "custom", written[i].GetProperty("type").GetString());
        }

        Assert.Equal("https://example.org/0", written[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_record_that_fails_after_megabytes_were_flushed_is_cut_back_to_its_start()
    {
        var first = Result("fine text", name: "first.txt");
        var text = string.Join(' ', Enumerable.Range(0, 30_000).Select(i => $"w{i:D5}"));
        var entities = Enumerable.Range(0, 30_000).Select(i => (Entity)new LinkEntity(i * 7, 6, $"w{i:D5}", $"https://example.org/{i}"))
            .Append(new ThrowingEntity((30_000 * 7) - 2, 1, "9"));
        var broken = Result(text, entities, "broken.txt");

        var lines = await WriteAsync(int.MaxValue, first, broken);

        Assert.Equal(2, lines.Length);
        using var json = JsonDocument.Parse(lines[1]);
        Assert.Equal("memory:/broken.txt", json.RootElement.GetProperty("source").GetString());
        Assert.Equal("failed", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("entities").GetArrayLength());
        Assert.True(lines[1].Length < 1_000, $"failed record of {lines[1].Length} characters");
    }

    private sealed class CustomEntity(int start, int length, string text) : Entity(start, length, text)
    {
        public override string Type => "custom";

        public override void WriteProperties(Utf8JsonWriter writer) => writer.WriteString("value", Text.ToUpperInvariant());
    }

    // Remembers the largest single write it was given.
    private sealed class WriteSizeStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }
    }

    private sealed class ThrowingEntity(int start, int length, string text) : Entity(start, length, text)
    {
        public override string Type => "broken";

        public override void WriteProperties(Utf8JsonWriter writer)
        {
            writer.WriteString("value", "half");
            throw new InvalidOperationException("entity properties broke");
        }
    }
}
