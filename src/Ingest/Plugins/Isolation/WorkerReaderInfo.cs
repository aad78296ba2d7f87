namespace Ingest.Plugins.Isolation;

/// <summary>A reader a plugin worker offers, as it describes it to the host when it starts.</summary>
internal sealed record WorkerReaderInfo(string Name, string TypeName, int Priority, IReadOnlyList<DocumentFormat> Formats)
{
    /// <summary>Whether the reader is an <see cref="IFormatSniffer"/>, asked in the worker during content detection.</summary>
    public bool Sniffs { get; init; }

    /// <summary>The sniffer's <see cref="IFormatSniffer.IsConclusive"/>.</summary>
    public bool IsConclusive { get; init; } = true;
}
