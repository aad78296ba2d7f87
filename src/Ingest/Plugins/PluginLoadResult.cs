namespace Ingest.Plugins;

/// <summary>
/// What happened when one plugin folder was loaded: which assembly, whether it loaded, what it registered and the
/// diagnostics (missing dependency, contract-version mismatch, failed registration, not a plugin).
/// </summary>
/// <remarks>
/// <see cref="PluginBuilderExtensions.AddPlugins(IIngestBuilder, string)"/> registers one result per plugin folder
/// in the service collection, so a host resolves them with <c>provider.GetServices&lt;PluginLoadResult&gt;()</c>.
/// </remarks>
public sealed class PluginLoadResult
{
    internal PluginLoadResult(
        string name,
        string directory,
        string? assemblyPath,
        PluginLoadStatus status,
        IReadOnlyList<string> readers,
        IReadOnlyList<string> normalizers,
        IReadOnlyList<Diagnostic> diagnostics)
    {
        Name = name;
        Directory = directory;
        AssemblyPath = assemblyPath;
        Status = status;
        Readers = readers;
        Normalizers = normalizers;
        Diagnostics = diagnostics;
    }

    /// <summary>The plugin's name: the attribute's <see cref="IngestPluginAttribute.Name"/>, else its folder name.</summary>
    public string Name { get; }

    /// <summary>The plugin's folder.</summary>
    public string Directory { get; }

    /// <summary>The plugin's main assembly, or <see langword="null"/> when the folder holds none.</summary>
    public string? AssemblyPath { get; }

    /// <summary>Whether the plugin loaded.</summary>
    public PluginLoadStatus Status { get; }

    /// <summary>The types of the readers the plugin registered.</summary>
    public IReadOnlyList<string> Readers { get; }

    /// <summary>The types of the normalizers the plugin registered.</summary>
    public IReadOnlyList<string> Normalizers { get; }

    /// <summary>Why the plugin failed, or warnings about a plugin that loaded. Codes start with <c>plugin.</c>.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Status}";
}
