namespace Ingest.Pipeline;

/// <summary>
/// Runs plugin code on a dedicated background thread with a known stack size, so that the recursion guard
/// (<see cref="System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack"/>) has a known limit to
/// trip against, and a plugin that never returns holds only its own thread, never a pool thread or the batch.
/// </summary>
internal static class IsolatedThread
{
    /// <summary>The stack of a plugin thread: larger than a pool thread's so legitimate deep recursion fits.</summary>
    public const int StackSize = 16 * 1024 * 1024;

    /// <summary>Starts <paramref name="work"/> on a new thread; the task completes when the work's own task does.</summary>
    public static Task<T> Start<T>(Func<Task<T>> work, string name)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    var task = work();
                    _ = task.ContinueWith(
                        static (t, state) => Complete((TaskCompletionSource<T>)state!, t),
                        completion,
                        CancellationToken.None,
                        TaskContinuationOptions.ExecuteSynchronously,
                        TaskScheduler.Default);
                }
                catch (Exception ex)
                {
                    completion.TrySetException(ex);
                }
            },
            StackSize)
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        return completion.Task;
    }

    private static void Complete<T>(TaskCompletionSource<T> completion, Task<T> task)
    {
        if (task.IsCanceled)
        {
            completion.TrySetCanceled();
        }
        else if (task.Exception is { } error)
        {
            completion.TrySetException(error.InnerExceptions);
        }
        else
        {
            completion.TrySetResult(task.Result);
        }
    }
}
