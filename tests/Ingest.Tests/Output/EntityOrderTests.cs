using System.Text.Json;

namespace Ingest.Tests.Output;

/// <summary>The order of a record's entities: by start, the longer first, ties as the comparison sort leaves them.</summary>
public sealed class EntityOrderTests
{
    [Fact]
    public async Task Entities_are_written_by_start_then_longer_first_with_ties_where_the_comparison_sort_puts_them()
    {
        // Many entities on few spans, so that most have a twin of the same start and length (a date and a number on
        // "10 days"); each carries its place in the document's list as its target, to tell twins apart.
        var random = new Random(21);
        var text = new string('x', 400);
        var builder = new DocumentBuilder(new Uri("file:///data/order.txt"), MediaTypes.PlainText);
        builder.AddBlock(BlockKind.Paragraph, text);
        var document = builder.Build();
        for (var i = 0; i < 5000; i++)
        {
            var start = random.Next(0, 300);
            var length = random.Next(0, 4);
            document.Entities.Add(new LinkEntity(start, length, text.Substring(start, length), i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var expected = document.Entities.ToArray();
        expected.AsSpan().Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));

        using var stream = new MemoryStream();
        await using (var writer = new JsonLinesWriter(stream, leaveOpen: true))
        {
            await writer.WriteAsync(new IngestResult(document.Source, 0, IngestStatus.Succeeded, document, []));
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        var written = json.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("value").GetString()).ToArray();
        Assert.Equal(expected.Select(e => ((LinkEntity)e).Target), written);
    }
}
