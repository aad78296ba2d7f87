using System.Text;

namespace Ingest.Tests.Pipeline;

/// <summary>A test reader that reads its whole input as UTF-8 into one paragraph, and misbehaves on request.</summary>
internal sealed class EchoReader(string name = "echo", params DocumentFormat[] formats) : IDocumentReader
{
    public string Name { get; } = name;

    public IReadOnlyList<DocumentFormat> Formats { get; } = formats.Length > 0 ? formats : [DocumentFormat.PlainText];

    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.StartsWith("THROW", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the reader broke");
        }

        if (text.StartsWith("HANG", StringComparison.Ordinal))
        {
            // Ignores cancellation on purpose: the pipeline's budget must still end the document.
            Thread.Sleep(TimeSpan.FromSeconds(5));
        }

        if (text.StartsWith("SLOW", StringComparison.Ordinal))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType);
        builder.AddBlock(BlockKind.Paragraph, text.Trim());
        return builder.Build();
    }
}
