namespace Ingest;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information: something was worked around without loss (for example an encoding fallback).</summary>
    Info,

    /// <summary>A warning: the result may be imperfect (for example unmapped glyphs).</summary>
    Warning,

    /// <summary>An error: part of the document could not be read; the result is partial or failed.</summary>
    Error,
}
