namespace Ingest.Containers;

/// <summary>Counts the children of a container and remembers which failed or were read in part.</summary>
internal sealed class ChildTally
{
    // Paths named in a diagnostic; the rest are counted.
    private const int NamedPaths = 5;

    private readonly List<string> _failed = [];
    private readonly List<string> _partial = [];

    public int Count { get; private set; }

    public void Add(IngestResult result, string path)
    {
        Count++;
        if (result.Status == IngestStatus.Failed)
        {
            _failed.Add(path);
        }
        else if (result.Status == IngestStatus.Partial)
        {
            _partial.Add(path);
        }
    }

    public void Describe(List<Diagnostic> diagnostics)
    {
        if (_failed.Count > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                "container.child-failed",
                $"{_failed.Count} of the {Count} documents inside failed: {Name(_failed)}; see their own results.")
            { Stage = "container" });
        }

        if (_partial.Count > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                "container.child-partial",
                $"{_partial.Count} of the {Count} documents inside were read in part: {Name(_partial)}; see their own results.")
            { Stage = "container" });
        }
    }

    private static string Name(List<string> paths)
        => string.Join(", ", paths.Take(NamedPaths)) + (paths.Count > NamedPaths ? $" and {paths.Count - NamedPaths} more" : string.Empty);
}
