namespace Ingest.Plugins.Isolation;

/// <summary>A normalizer a plugin worker offers: its name, its type's name and its place in the normalizer order.</summary>
internal sealed record WorkerNormalizerInfo(string Name, string TypeName, int Order);
