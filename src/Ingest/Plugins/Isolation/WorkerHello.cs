namespace Ingest.Plugins.Isolation;

/// <summary>What a plugin worker says once it has loaded its plugin: the readers it offers, or why it could not load it.</summary>
internal sealed record WorkerHello(bool Loaded, IReadOnlyList<WorkerReaderInfo> Readers, IReadOnlyList<WorkerNormalizerInfo> Normalizers, IReadOnlyList<Diagnostic> Diagnostics);
