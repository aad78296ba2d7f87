using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// Stands in the host for a reader of a plugin loaded with <see cref="PluginIsolation.Process"/>: sends the document
/// to a worker process and returns what the plugin's reader read there. A worker that dies while reading (a stack
/// overflow, an exit) fails this document with <c>plugin.process-crashed</c> and its exit code; one that is still
/// reading when the budget runs out is killed. Either way the next document gets a fresh worker.
/// </summary>
/// <remarks>
/// When the plugin's reader is an <see cref="IFormatSniffer"/>, content detection asks it in the worker too (a round
/// trip of the document's first bytes); an answer must come within <see cref="SniffTimeout"/>, else the worker is killed
/// and this sniffer is not asked again (detection runs before the document's budget applies).
/// </remarks>
internal sealed class ProcessPluginReader : IDocumentReader, IFormatSniffer
{
    /// <summary>How long a sniffer in a worker may take to answer, once a worker is available.</summary>
    public static readonly TimeSpan SniffTimeout = TimeSpan.FromSeconds(5);

    private readonly PluginWorkerPool _pool;
    private readonly int _index;
    private readonly WorkerReaderInfo _info;
    private volatile bool _sniffHung;

    public ProcessPluginReader(PluginWorkerPool pool, int index, WorkerReaderInfo info)
    {
        _pool = pool;
        _index = index;
        _info = info;
        Name = info.Name;
        Formats = info.Formats;
    }

    public string Name { get; }

    public IReadOnlyList<DocumentFormat> Formats { get; }

    public bool IsConclusive => _info.IsConclusive;

    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
    {
        if (!_info.Sniffs || _sniffHung)
        {
            return null;
        }

        // Detection is synchronous; the round trip is bounded, so waiting on it cannot hang the document.
        return SniffAsync(head.ToArray(), detectedMediaType).GetAwaiter().GetResult();
    }

    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        var worker = await _pool.RentAsync(cancellationToken).ConfigureAwait(false);

        // The budget's end kills the worker, which also ends any wait on its pipes.
        using var kill = cancellationToken.Register(static w => ((PluginWorkerProcess)w!).Kill(), worker);
        try
        {
            await PluginWorkerProtocol.WriteRequestAsync(worker.Input, _index, content, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Half a request was sent, so this worker cannot serve another. A write that failed because the worker
            // died is its crash; a fault of the content (over MaxBytes, a source that broke) is the document's.
            if (!cancellationToken.IsCancellationRequested && e is IOException && worker.WaitForExit(TimeSpan.FromSeconds(1)))
            {
                throw Crashed(worker);
            }

            worker.Dispose();
            throw;
        }

        Document? document;
        try
        {
            document = await PluginWorkerProtocol.ReadResponseAsync(worker.Output, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentReadException)
        {
            // The plugin's reader failed the document; the worker itself is fine.
            _pool.Return(worker);
            throw;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or JsonException or InvalidDataException)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                worker.Dispose();
                throw new OperationCanceledException(cancellationToken);
            }

            throw Crashed(worker);
        }

        if (document is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw Crashed(worker);
        }

        _pool.Return(worker);
        return document;
    }

    private async Task<string?> SniffAsync(byte[] head, string detectedMediaType)
    {
        PluginWorkerProcess worker;
        try
        {
            worker = await _pool.RentAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (DocumentReadException)
        {
            return null;
        }

        using var limit = new CancellationTokenSource(SniffTimeout);
        using (limit.Token.Register(static w => ((PluginWorkerProcess)w!).Kill(), worker))
        {
            try
            {
                await SniffMessages.WriteRequestAsync(worker.Input, _index, head, detectedMediaType, limit.Token).ConfigureAwait(false);
                var (answered, mediaType) = await SniffMessages.ReadAnswerAsync(worker.Output, limit.Token).ConfigureAwait(false);
                if (answered && !limit.IsCancellationRequested)
                {
                    _pool.Return(worker);
                    return mediaType;
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or JsonException or InvalidDataException)
            {
            }
        }

        _sniffHung |= limit.IsCancellationRequested;
        worker.Dispose();
        return null;
    }

    private DocumentReadException Crashed(PluginWorkerProcess worker)
    {
        var why = worker.DescribeEnd();
        worker.Dispose();
        return new DocumentReadException(
            "plugin.process-crashed",
            $"The plugin worker reading with '{Name}' ended before it answered ({why}); the document failed and the next one gets a new worker.");
    }
}
