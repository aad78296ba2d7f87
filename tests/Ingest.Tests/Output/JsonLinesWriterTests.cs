using System.Text.Json;

namespace Ingest.Tests.Output;

public sealed class JsonLinesWriterTests
{
    private static IngestResult SampleResult()
    {
        var builder = new DocumentBuilder(new Uri("file:///data/a.txt"), MediaTypes.PlainText);
        builder.Metadata.Title = "Title “quoted”";
        builder.Metadata.Authors.Add("Clara Weiss");
        builder.Metadata.Published = new DateOnly(2020, 10, 5);
        builder.AddBlock(BlockKind.Title, "Title “quoted”", sourceRange: new SourceRange(0, 14));
        var paragraph = builder.AddBlock(BlockKind.Paragraph, "See the İlham Əliyev link.", level: null, sourceRange: new SourceRange(16, 30))!;
        builder.AddEntity(new LinkEntity(paragraph.Start + 8, 12, "İlham Əliyev", "https://example.org/a"));
        builder.AddDiagnostic(DiagnosticSeverity.Info, "text.encoding.fallback", "Read as windows-1252.");
        var document = builder.Build();
        return new IngestResult(document.Source, 3, IngestStatus.Succeeded, document, document.Diagnostics.ToArray())
        {
            Reader = "text",
            MediaType = MediaTypes.PlainText,
            Normalizers = ["dates"],
            BytesRead = 46,
        };
    }

    [Fact]
    public async Task Metadata_extras_are_written_in_ordinal_key_order_whatever_order_they_were_set_in()
    {
        var builder = new DocumentBuilder(new Uri("file:///data/b.txt"), MediaTypes.PlainText);
        foreach (var key in new[] { "producer", "Zeta", "pdfVersion", "alpha", "pageFurnitureBlocks", "_first" })
        {
            builder.Metadata.Extra[key] = key.ToUpperInvariant();
        }

        builder.AddBlock(BlockKind.Paragraph, "text");
        var document = builder.Build();
        using var stream = new MemoryStream();
        await using (var writer = new JsonLinesWriter(stream, leaveOpen: true))
        {
            await writer.WriteAsync(new IngestResult(document.Source, 0, IngestStatus.Succeeded, document, []));
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var extra = json.RootElement.GetProperty("metadata").GetProperty("extra");
        Assert.Equal(["Zeta", "_first", "alpha", "pageFurnitureBlocks", "pdfVersion", "producer"], extra.EnumerateObject().Select(p => p.Name));
        Assert.Equal("PDFVERSION", extra.GetProperty("pdfVersion").GetString());
    }

    [Fact]
    public async Task Many_metadata_extras_set_in_reverse_are_written_in_ordinal_key_order()
    {
        // A file may carry any number of custom properties: past a handful the order comes from an n log n sort.
        var builder = new DocumentBuilder(new Uri("file:///data/c.txt"), MediaTypes.PlainText);
        for (var i = 20_000; i > 0; i--)
        {
            builder.Metadata.Extra["key" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)] = "v";
        }

        builder.AddBlock(BlockKind.Paragraph, "text");
        var document = builder.Build();
        using var stream = new MemoryStream();
        await using (var writer = new JsonLinesWriter(stream, leaveOpen: true))
        {
            await writer.WriteAsync(new IngestResult(document.Source, 0, IngestStatus.Succeeded, document, []));
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var names = json.RootElement.GetProperty("metadata").GetProperty("extra").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(20_000, names.Length);
        Assert.Equal("key00001", names[0]);
        Assert.Equal("key00002", names[1]);
        Assert.Equal("key20000", names[^1]);
    }

    [Fact]
    public async Task Writes_one_flushed_json_object_per_line_with_the_documented_fields()
    {
        using var stream = new MemoryStream();
        await using (var writer = new JsonLinesWriter(stream, leaveOpen: true))
        {
            await writer.WriteAsync(SampleResult());
            Assert.True(stream.Length > 0, "a record must be flushed as soon as it is written");
            await writer.WriteAsync(SampleResult());
        }

        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var json = JsonDocument.Parse(lines[0]);
        var root = json.RootElement;
        Assert.Equal("file:///data/a.txt", root.GetProperty("source").GetString());
        Assert.Equal("text/plain", root.GetProperty("mediaType").GetString());
        Assert.Equal("succeeded", root.GetProperty("status").GetString());
        var metadata = root.GetProperty("metadata");
        Assert.Equal("Title “quoted”", metadata.GetProperty("title").GetString());
        Assert.Equal("Clara Weiss", metadata.GetProperty("authors")[0].GetString());
        Assert.Equal("2020-10-05", metadata.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("language").ValueKind);
        Assert.Equal(JsonValueKind.Null, metadata.GetProperty("pageCount").ValueKind);
        var text = root.GetProperty("text").GetString()!;
        Assert.Equal("Title “quoted”\n\nSee the İlham Əliyev link.", text);
        var blocks = root.GetProperty("blocks");
        Assert.Equal("title", blocks[0].GetProperty("kind").GetString());
        Assert.Equal("paragraph", blocks[1].GetProperty("kind").GetString());
        Assert.Equal(16, blocks[1].GetProperty("start").GetInt32());
        Assert.Equal(16, blocks[1].GetProperty("sourceStart").GetInt32());
        var link = root.GetProperty("entities")[0];
        Assert.Equal("link", link.GetProperty("type").GetString());
        var start = link.GetProperty("start").GetInt32();
        var length = link.GetProperty("length").GetInt32();
        Assert.Equal("İlham Əliyev", text.Substring(start, length));
        Assert.Equal("https://example.org/a", link.GetProperty("value").GetString());
        var diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal("info", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("text.encoding.fallback", diagnostic.GetProperty("code").GetString());
    }

    [Fact]
    public void A_failed_result_keeps_every_field_with_empty_values()
    {
        var failed = new IngestResult(new Uri("memory:/x"), 0, IngestStatus.Failed, null,
            [new Diagnostic(DiagnosticSeverity.Error, "detect.unsupported-format", "No reader.")]);

        using var json = JsonDocument.Parse(JsonLinesWriter.Serialize(failed));

        var root = json.RootElement;
        Assert.Equal("failed", root.GetProperty("status").GetString());
        Assert.Equal(string.Empty, root.GetProperty("text").GetString());
        Assert.Equal(0, root.GetProperty("blocks").GetArrayLength());
        Assert.Equal(0, root.GetProperty("metadata").GetProperty("authors").GetArrayLength());
        Assert.Equal("error", root.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }
}
