using System.Runtime.ExceptionServices;

namespace Ingest.Resilience;

/// <summary>Per-document bookkeeping of one resilient open: which source, and how many attempts were made.</summary>
internal sealed class SourceOpenState(SourceDocument source)
{
    public SourceDocument Source { get; } = source;

    public int Attempts { get; set; }

    /// <summary>The fault of a first attempt made outside the pipeline, which the pipeline then sees as its first outcome.</summary>
    public ExceptionDispatchInfo? FirstFailure { get; set; }
}
