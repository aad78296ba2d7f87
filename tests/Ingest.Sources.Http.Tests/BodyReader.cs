using System.Text;

namespace Ingest.Sources.Http.Tests;

/// <summary>A test reader that reads text with the charset the source reports, and records what it was told.</summary>
internal sealed class BodyReader : IDocumentReader
{
    public string Name => "body";

    public IReadOnlyList<DocumentFormat> Formats { get; } = [DocumentFormat.PlainText, DocumentFormat.Pdf];

    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var encoding = context.Source.Charset is { } charset ? Encoding.GetEncoding(charset) : Encoding.UTF8;
        using var reader = new StreamReader(content, encoding, leaveOpen: true);
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType);
        builder.AddBlock(BlockKind.Paragraph, await reader.ReadToEndAsync(cancellationToken));
        return builder.Build();
    }
}
