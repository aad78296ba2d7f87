namespace Ingest.Plugins.Isolation;

/// <summary>A reader a plugin worker offers, as it describes it to the host when it starts.</summary>
internal sealed record WorkerReaderInfo(string Name, string TypeName, int Priority, IReadOnlyList<DocumentFormat> Formats);
