namespace Ingest.Pipeline.Ordering;

/// <summary>The finished results of one source that wait for earlier sources: its children's, then its own, which closes it.</summary>
internal sealed class ResultGroup
{
    /// <summary>The results in the order they finished.</summary>
    public List<IngestResult> Results { get; } = [];

    /// <summary>Whether the source's own result (depth 0) has arrived.</summary>
    public bool Closed { get; private set; }

    /// <summary>Adds a result of this source.</summary>
    /// <param name="result">A child's result or the source's own.</param>
    public void Add(IngestResult result)
    {
        Results.Add(result);
        Closed |= result.Depth == 0;
    }
}
