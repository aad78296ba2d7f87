namespace Ingest.Tests.Reliability;

/// <summary>
/// A recursive-descent reader that recurses once per byte it reads, the way a careless parser of nested input does:
/// on deep input the stream's recursion guard must stop it before the stack overflows.
/// </summary>
internal sealed class RecursiveStreamReader : IDocumentReader
{
    public string Name => "recursive";

    public IReadOnlyList<DocumentFormat> Formats { get; } = [DocumentFormat.PlainText];

    public ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        var depth = Descend(content);
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType);
        builder.AddBlock(BlockKind.Paragraph, $"depth {depth}");
        return ValueTask.FromResult(builder.Build());
    }

    private static int Descend(Stream content)
    {
        Span<byte> frame = stackalloc byte[512];
        var b = content.ReadByte();
        frame[0] = (byte)b;
        return b < 0 ? frame[0] : 1 + Descend(content);
    }
}
