namespace Ingest.Plugins;

/// <summary>The outcome of loading one plugin from a plugins folder.</summary>
public enum PluginLoadStatus
{
    /// <summary>The plugin loaded and registered its readers, normalizers, sources and sinks.</summary>
    Loaded,

    /// <summary>The plugin was not loaded; its diagnostics say why. The host goes on without it.</summary>
    Failed,
}
