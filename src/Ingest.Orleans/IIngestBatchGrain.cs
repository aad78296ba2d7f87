using Orleans;

namespace Ingest.Orleans;

/// <summary>A batch of documents ingested by the cluster; its key is the batch id, chosen by the client.</summary>
public interface IIngestBatchGrain : IGrainWithStringKey
{
    /// <summary>
    /// Resolves the locations (paths, directories, glob patterns, URLs, on a file system every silo sees) into documents,
    /// records them split into <paramref name="partitions"/> partitions, and wakes the partitions' workers. Starting a
    /// batch id that exists changes nothing and returns its progress.
    /// </summary>
    /// <param name="locations">The locations.</param>
    /// <param name="partitions">How many partitions the documents are spread over: the most silos that can work on the batch at once.</param>
    /// <returns>The batch's progress.</returns>
    Task<IngestBatchProgress> StartAsync(IReadOnlyList<string> locations, int partitions);

    /// <summary>The batch's progress; also wakes partitions that have work and no owner.</summary>
    /// <returns>The progress.</returns>
    Task<IngestBatchProgress> GetProgressAsync();

    /// <summary>Stops the batch: documents in flight finish, no other is claimed; <see cref="ResumeAsync"/> goes on.</summary>
    /// <returns>The progress.</returns>
    Task<IngestBatchProgress> CancelAsync();

    /// <summary>Goes on with a cancelled or interrupted batch from where it stood.</summary>
    /// <returns>The progress.</returns>
    Task<IngestBatchProgress> ResumeAsync();
}
