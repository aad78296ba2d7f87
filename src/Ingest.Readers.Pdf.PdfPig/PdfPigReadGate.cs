namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// Runs PdfPig's reads (opening a document, reading a page) on the document's <see cref="PdfPigWorker"/> so the reader
/// can stop waiting for one when its time budget or the caller's token ends. PdfPig cannot be interrupted: an abandoned
/// read keeps its worker busy until PdfPig returns, so the gate refuses new reads while <see cref="MaxAbandoned"/>
/// abandoned reads are still running, process-wide.
/// </summary>
internal sealed class PdfPigReadGate
{
    private int _abandoned;

    /// <summary>Creates a gate.</summary>
    /// <param name="maxAbandoned">How many abandoned reads may still run before new reads are refused.</param>
    public PdfPigReadGate(int maxAbandoned) => MaxAbandoned = maxAbandoned;

    /// <summary>How many abandoned reads may still run before new reads are refused.</summary>
    public int MaxAbandoned { get; }

    /// <summary>The abandoned reads still running.</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    /// <summary>Throws <see cref="DocumentReadException"/> (<c>pdf.pdfpig.busy</c>) while too many abandoned reads still run.</summary>
    public void EnsureOpen()
    {
        if (Abandoned >= MaxAbandoned)
        {
            throw new DocumentReadException(
                "pdf.pdfpig.busy",
                $"{Abandoned} PdfPig reads (opens or pages) abandoned at their time budget are still running (at most {MaxAbandoned}); PdfPig reads are refused until they finish.");
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> on <paramref name="worker"/> and waits for it; when <paramref name="cancellationToken"/>
    /// is cancelled first, throws <see cref="OperationCanceledException"/> and leaves the read to finish on its own.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="worker">The document's worker, whose deep stack PdfPig's recursion needs.</param>
    /// <param name="read">The read.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    public T Run<T>(PdfPigWorker worker, Func<T> read, CancellationToken cancellationToken)
    {
        EnsureOpen();
        cancellationToken.ThrowIfCancellationRequested();
        var task = worker.Post(read);
        try
        {
            task.Wait(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // A read that finished as the wait ended is kept; only one still running is abandoned.
            if (!task.IsCompleted)
            {
                Abandon(task);
                throw;
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return task.GetAwaiter().GetResult();
    }

    private void Abandon<T>(Task<T> task)
    {
        Interlocked.Increment(ref _abandoned);

        // Observes the abandoned read's failure, disposes what it opened when it does finish (an abandoned open's
        // document, which also ends its worker), and frees its place.
        task.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully && t.Result is IDisposable opened)
                {
                    opened.Dispose();
                }

                _ = t.Exception;
                Interlocked.Decrement(ref _abandoned);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
