namespace Ingest;

/// <summary>
/// The entry point of a plugin assembly loaded from a plugins folder. Declare it with
/// <see cref="IngestPluginAttribute"/>; the host creates it with its parameterless constructor and calls
/// <see cref="Configure"/> with the same builder the built-ins use.
/// </summary>
public interface IIngestPlugin
{
    /// <summary>Registers the plugin's readers, normalizers, sources and sinks.</summary>
    /// <param name="builder">The builder.</param>
    void Configure(IIngestBuilder builder);
}
