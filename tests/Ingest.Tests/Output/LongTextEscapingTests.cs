using System.Text;
using System.Text.Json;

namespace Ingest.Tests.Output;

/// <summary>
/// The record of a long text, as the JSON Lines sink writes it to its stream, holds to the bytes of the same record
/// serialized in one piece (<see cref="JsonLinesWriter.Serialize"/>), whatever the characters: a guard for any faster
/// way of writing the text (session 39 tried escaping it straight into the stream; docs/performance.md).
/// </summary>
public sealed class LongTextEscapingTests
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "every UTF-16 code unit, lone surrogates included", EveryCodeUnit() },
        { "ASCII prose with line feeds, tabs, quotes, backslashes and controls", Repeat("He said \"no\\yes\"\tthen\r\nleft.\u0001\u001f\u007f <a href='x'>&amp;</a> +`~\n\n", 400) },
        { "surrogate pairs in a run of non-ASCII longer than the encoder is given at once", "a" + Repeat("\U0001F600", 3000) + "z" },
        { "a surrogate pair straddling the cut of a long non-ASCII run", Repeat("é", 1023) + "\U0001F600" + Repeat("ü", 4000) + "." },
        { "a lone high surrogate at the cut of a long non-ASCII run", Repeat("é", 1023) + "\uD83D" + Repeat("ü", 4000) },
        { "non-ASCII letters, typographic quotes, unassigned and private-use code points, line separators", Repeat("İlham Əliyev “quoted” \u0378\uE000\u2028\u2029\u00AD\uFEFF\uFFFE ", 300) },
        { "a lone high surrogate at the very end", Repeat("text ", 1000) + "\uD800" },
        { "a lone low surrogate at the start", "\uDC00" + Repeat("text ", 1000) },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task A_long_text_is_written_byte_for_byte_as_the_json_writer_escapes_it(string description, string text)
    {
        var result = ResultOf(text);

        var line = await WriteLineAsync(result);

        Assert.True(text.Length > 4096, description);
        Assert.Equal(Encoding.UTF8.GetBytes(JsonLinesWriter.Serialize(result)), line);
    }

    [Fact]
    public async Task A_long_text_reads_back_as_written_with_the_fields_after_it_intact()
    {
        var text = Repeat("Line “one”\n\n\"two\"\\ \U0001F600 end.\t", 2000);
        var result = ResultOf(text);

        var line = await WriteLineAsync(result);

        using var json = JsonDocument.Parse(line);
        Assert.Equal(text, json.RootElement.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("blocks").ValueKind);
        Assert.Equal(12_345, json.RootElement.GetProperty("bytes").GetInt64());
    }

    private static async Task<byte[]> WriteLineAsync(IngestResult result)
    {
        using var stream = new MemoryStream();
        await using (var writer = new JsonLinesWriter(stream, leaveOpen: true))
        {
            await writer.WriteAsync(result);
        }

        var bytes = stream.ToArray();
        Assert.Equal((byte)'\n', bytes[^1]);
        return bytes[..^1];
    }

    private static IngestResult ResultOf(string text)
    {
        var document = new Document(new Uri("file:///data/long.txt"), MediaTypes.PlainText, text, [], new DocumentMetadata());
        return new IngestResult(document.Source, 0, IngestStatus.Succeeded, document, [])
        {
            Reader = "text",
            MediaType = MediaTypes.PlainText,
            BytesRead = 12_345,
        };
    }

    private static string EveryCodeUnit()
    {
        var builder = new StringBuilder(2 * 65536);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            builder.Append((char)c).Append('x');
        }

        return builder.ToString();
    }

    private static string Repeat(string value, int count) => new StringBuilder(value.Length * count).Insert(0, value, count).ToString();
}
