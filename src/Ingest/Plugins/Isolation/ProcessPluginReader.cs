using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// Stands in the host for a reader of a plugin loaded with <see cref="PluginIsolation.Process"/>: sends the document
/// to a worker process and returns what the plugin's reader read there. A worker that dies while reading (a stack
/// overflow, an exit) fails this document with <c>plugin.process-crashed</c> and its exit code; one that is still
/// reading when the budget runs out is killed. Either way the next document gets a fresh worker.
/// </summary>
internal sealed class ProcessPluginReader : IDocumentReader
{
    private readonly PluginWorkerPool _pool;
    private readonly int _index;

    public ProcessPluginReader(PluginWorkerPool pool, int index, WorkerReaderInfo info)
    {
        _pool = pool;
        _index = index;
        Name = info.Name;
        Formats = info.Formats;
    }

    public string Name { get; }

    public IReadOnlyList<DocumentFormat> Formats { get; }

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

    private DocumentReadException Crashed(PluginWorkerProcess worker)
    {
        var why = worker.DescribeEnd();
        worker.Dispose();
        return new DocumentReadException(
            "plugin.process-crashed",
            $"The plugin worker reading with '{Name}' ended before it answered ({why}); the document failed and the next one gets a new worker.");
    }
}
