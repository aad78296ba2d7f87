namespace Ingest;

/// <summary>Options of the ingestion pipeline.</summary>
public sealed class IngestOptions
{
    /// <summary>The largest <see cref="MaxDegreeOfParallelism"/> accepted: 64 per processor.</summary>
    public static int MaxParallelism => 64 * Environment.ProcessorCount;

    /// <summary>The longest finite <see cref="DocumentTimeout"/> accepted: one day (<see cref="Timeout.InfiniteTimeSpan"/> is accepted too).</summary>
    public static TimeSpan MaxDocumentTimeout { get; } = TimeSpan.FromDays(1);

    /// <summary>How many documents are read and normalized at once, from 1 to <see cref="MaxParallelism"/>. Default: the number of processors.</summary>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Whether a batch's results come out in the order of its sources (a container's children just before the
    /// container), as with TPL Dataflow's <c>EnsureOrdered</c>; sinks then write them in that order too, so a run's
    /// output does not depend on which worker finished first. Documents are still read and normalized in parallel; a
    /// slow document holds back at most 4 x <see cref="MaxDegreeOfParallelism"/> sources' finished results (a container
    /// among them with at most 16 of its children: then its worker waits for its turn). <see langword="false"/>
    /// gives each result as soon as it is finished. Default: <see langword="true"/>.
    /// </summary>
    public bool EnsureOrdered { get; set; } = true;

    /// <summary>
    /// The time budget of one document, from opening its source to the end of normalization. A document over budget
    /// fails with <c>document.timeout</c> and the batch goes on. More than zero and at most <see cref="MaxDocumentTimeout"/>, or
    /// <see cref="Timeout.InfiniteTimeSpan"/> for no budget. Default: 2 minutes.
    /// </summary>
    public TimeSpan DocumentTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest source document, in bytes, that is read (more than zero). Larger ones fail with <c>source.too-large</c>. Default: 256 MiB.</summary>
    public long MaxDocumentBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// The most entities one document may hold (links from its reader and what every normalizer adds), at least 1;
    /// a bound on the memory a document's entities take. A normalizer's entity past it is
    /// not kept, the normalizers after it do not run, and the result is <c>partial</c> with <c>normalize.entity-limit</c>.
    /// Default: 1,000,000.
    /// </summary>
    public int MaxEntitiesPerDocument { get; set; } = 1_000_000;

    /// <summary>
    /// The reference date for relative and year-less dates in documents that state no published date of their own.
    /// Default: none, so such dates stay unresolved rather than being resolved against today.
    /// </summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>Retries, time-outs and circuit breaking around opening sources.</summary>
    public SourceResilienceOptions SourceResilience { get; } = new();

    /// <summary>Whether and how deep the documents inside containers (archives, e-mails) are ingested as children.</summary>
    public ContainerOptions Containers { get; } = new();
}
