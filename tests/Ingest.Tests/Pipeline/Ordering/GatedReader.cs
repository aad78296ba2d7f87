using System.Text;

namespace Ingest.Tests.Pipeline.Ordering;

/// <summary>
/// A test reader whose documents starting "GATE" wait until the gate opens; the gate opens by itself once
/// <paramref name="openAfter"/> other documents were read, or when the test opens it.
/// </summary>
internal sealed class GatedReader(int openAfter = int.MaxValue) : IDocumentReader
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _read;

    public string Name => "gated";

    public IReadOnlyList<DocumentFormat> Formats { get; } = [DocumentFormat.PlainText];

    /// <summary>How many documents other than gated ones were read.</summary>
    public int Read => Volatile.Read(ref _read);

    public void Open() => _gate.TrySetResult();

    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.StartsWith("GATE", StringComparison.Ordinal))
        {
            await _gate.Task.WaitAsync(cancellationToken);
        }
        else if (Interlocked.Increment(ref _read) >= openAfter)
        {
            Open();
        }

        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType);
        builder.AddBlock(BlockKind.Paragraph, text);
        return builder.Build();
    }
}
