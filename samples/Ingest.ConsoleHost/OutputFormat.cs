namespace Ingest.ConsoleHost;

/// <summary>How the host writes each document to <c>--out</c> or standard output.</summary>
internal enum OutputFormat
{
    /// <summary>One JSON object per document and line (docs/output-format.md).</summary>
    JsonLines,

    /// <summary>Each document rendered as CommonMark, after a comment naming its source.</summary>
    Markdown,

    /// <summary>Each document's body text, after a line naming its source.</summary>
    Text,
}
