namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// Runs PdfPig's reads (opening a document, reading a page) on threads of their own so the reader can stop waiting for
/// one when its time budget or the caller's token ends. PdfPig cannot be interrupted: an abandoned read keeps its thread
/// busy until PdfPig returns, so the gate refuses new reads while <see cref="MaxAbandoned"/> abandoned reads are still
/// running.
/// </summary>
internal sealed class PdfPigReadGate
{
    /// <summary>The stack of each read's thread.</summary>
    public const int StackBytes = 256 << 20;

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
    /// Runs <paramref name="read"/> on its own thread and waits for it; when <paramref name="cancellationToken"/> is
    /// cancelled first, throws <see cref="OperationCanceledException"/> and leaves the read to finish on its own.
    /// </summary>
    /// <remarks>
    /// The thread has a stack of <see cref="StackBytes"/>: PdfPig walks the page tree recursively with no depth limit,
    /// and a stack overflow ends the process rather than throwing. A page tree nested 100 000 deep (12 MB of PDF) takes
    /// more than 8 MB of stack and less than 32 MB; 256 MB covers about 800 000 levels. The stack is reserved, not
    /// committed: a shallow document uses what it touches.
    /// </remarks>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="read">The read.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    public T Run<T>(Func<T> read, CancellationToken cancellationToken)
    {
        EnsureOpen();
        cancellationToken.ThrowIfCancellationRequested();
        var task = Start(read);
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

    private static Task<T> Start<T>(Func<T> read)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    completion.SetResult(read());
                }
                catch (Exception ex)
                {
                    completion.SetException(ex);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "PdfPig read",
        };
        thread.Start();
        return completion.Task;
    }

    private void Abandon<T>(Task<T> task)
    {
        Interlocked.Increment(ref _abandoned);

        // Observes the abandoned read's failure (the document may be disposed under it), disposes what it opened when it
        // does finish, and frees its place.
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
