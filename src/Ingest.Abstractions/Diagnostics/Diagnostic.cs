namespace Ingest;

/// <summary>Something that went wrong, or was worked around, while ingesting a document.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable, dotted code such as <c>text.encoding.fallback</c> or <c>pdf.xref.rebuilt</c>.</param>
/// <param name="Message">A message for people.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>The pipeline stage that produced it: <c>source</c>, <c>detect</c>, <c>read</c>, <c>normalize</c> or a plugin's own.</summary>
    public string? Stage { get; init; }

    /// <summary>Where in the source, for example <c>page 3</c>, <c>object 12 0</c> or <c>line 40</c>.</summary>
    public string? Location { get; init; }

    /// <summary>For faults around a source read: how many attempts were made.</summary>
    public int? Attempts { get; init; }

    /// <summary>
    /// Whether the fault may pass if the document is tried again later (a time-out, an open circuit, a server error);
    /// a resumed run retries documents that failed with a transient diagnostic.
    /// </summary>
    public bool Transient { get; init; }
}
