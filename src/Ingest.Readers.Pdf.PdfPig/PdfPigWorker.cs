namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// The one thread that runs every PdfPig call of one document, one at a time and in order: the open, then each page
/// read, then the dispose. Its stack is deep because PdfPig recurses with no depth limit on hostile input, and a stack
/// overflow ends the process rather than throwing.
/// </summary>
/// <remarks>
/// <para>
/// Where PdfPig 0.1.16 recurses (measured on PDFs built for it, each call on a thread with a 1 MB stack): <c>PdfDocument.Open</c>
/// walks the page tree recursively (100 000 nested <c>/Pages</c> nodes take more than 8 MB and less than 32 MB), and
/// <c>GetPage</c> runs each form XObject's content inside the one that draws it (3 000 nested forms overflow 1 MB,
/// 20 000 take more than 16 MB and less than 64 MB). Nested arrays and dictionaries, chains of indirect references
/// (PdfPig stops at 256) and a form that draws itself (PdfPig skips it) do not take a deep stack. So the open and the
/// pages both run here.
/// </para>
/// <para>
/// One thread per document, not per read: the stack is reserved once, and because the reads are serial no two PdfPig
/// calls of a document (or the document's own state: font ids, the decode budget's last limit) ever run at once, even
/// when the reader stopped waiting for one. The stack is reserved, not committed: a shallow document uses what it touches.
/// </para>
/// </remarks>
internal sealed class PdfPigWorker
{
    /// <summary>The stack of the thread: 256 MB covers about 800 000 nested page tree nodes or 100 000 nested forms.</summary>
    public const int StackBytes = 256 << 20;

    private readonly Queue<Action> _work = new();
    private Thread? _thread;
    private bool _completed;

    /// <summary>
    /// Queues <paramref name="work"/> after the work already queued; the thread starts on the first call. Whatever the
    /// work throws comes out of the task.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work.</param>
    /// <exception cref="InvalidOperationException">After <see cref="Complete"/>.</exception>
    public Task<T> Post<T>(Func<T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_work)
        {
            if (_completed)
            {
                throw new InvalidOperationException("The PdfPig worker of this document has completed.");
            }

            _work.Enqueue(() => RunInto(completion, work));
            if (_thread is null)
            {
                _thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = "PdfPig read" };
                _thread.Start();
            }

            Monitor.Pulse(_work);
        }

        return completion.Task;
    }

    /// <summary>Takes no more work: the thread ends once the work already queued (the read running included) has run.</summary>
    public void Complete()
    {
        lock (_work)
        {
            _completed = true;
            Monitor.Pulse(_work);
        }
    }

    private static void RunInto<T>(TaskCompletionSource<T> completion, Func<T> work)
    {
        try
        {
            completion.SetResult(work());
        }
        catch (Exception ex)
        {
            completion.SetException(ex);
        }
    }

    private void Loop()
    {
        while (true)
        {
            Action next;
            lock (_work)
            {
                while (_work.Count == 0 && !_completed)
                {
                    Monitor.Wait(_work);
                }

                if (_work.Count == 0)
                {
                    return;
                }

                next = _work.Dequeue();
            }

            next();
        }
    }
}
