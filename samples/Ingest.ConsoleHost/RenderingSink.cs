using System.Text;

namespace Ingest.ConsoleHost;

/// <summary>Writes each document as Markdown or plain text, headed by its source; a failed document writes its diagnostics.</summary>
internal sealed class RenderingSink(Stream stream, OutputFormat format) : IResultSink, IAsyncDisposable
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false)) { NewLine = "\n" };

    public async ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var header = format == OutputFormat.Markdown ? $"<!-- source: {result.Source} ({result.Status}) -->" : $"=== {result.Source} ({result.Status})";
        await _writer.WriteLineAsync(header).ConfigureAwait(false);
        if (result.Document is { } document)
        {
            await _writer.WriteLineAsync(format == OutputFormat.Markdown ? document.ToMarkdown() : document.ToPlainText()).ConfigureAwait(false);
        }
        else
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                await _writer.WriteLineAsync($"{diagnostic.Severity} {diagnostic.Code}: {diagnostic.Message}").ConfigureAwait(false);
            }

            await _writer.WriteLineAsync().ConfigureAwait(false);
        }

        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken = default) => await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
