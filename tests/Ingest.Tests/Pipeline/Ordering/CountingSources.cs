using System.Runtime.CompilerServices;

namespace Ingest.Tests.Pipeline.Ordering;

/// <summary>Yields text sources and counts how many the pipeline has taken so far.</summary>
internal sealed class CountingSources(IReadOnlyList<string> texts)
{
    private int _taken;

    public int Taken => Volatile.Read(ref _taken);

    public async IAsyncEnumerable<SourceDocument> EnumerateAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Interlocked.Increment(ref _taken);
            yield return PipelineHarness.Text(texts[i], $"d{i}.txt");
            await Task.Yield();
        }
    }
}
