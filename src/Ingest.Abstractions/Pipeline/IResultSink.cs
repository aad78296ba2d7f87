namespace Ingest;

/// <summary>Receives results as they complete, for example to write them to a file or a database.</summary>
public interface IResultSink
{
    /// <summary>Writes one result. Calls are not concurrent.</summary>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default);

    /// <summary>Flushes what has been written.</summary>
    /// <param name="cancellationToken">Cancels flushing.</param>
    ValueTask FlushAsync(CancellationToken cancellationToken = default);
}
