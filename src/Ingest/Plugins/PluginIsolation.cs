namespace Ingest.Plugins;

/// <summary>Where the readers and normalizers of a plugin loaded from a folder run.</summary>
public enum PluginIsolation
{
    /// <summary>
    /// In the host process, opted in to for plugins trusted like the application's own code: on a dedicated thread
    /// with a 16 MiB stack, under the document's time budget. Cheapest, but .NET cannot catch a stack overflow, so a
    /// plugin that recurses without end (and without reading) ends the process.
    /// </summary>
    InProcess,

    /// <summary>
    /// In a worker process (<c>Ingest.PluginWorker.dll</c>, run with <c>dotnet</c>), the default of
    /// <see cref="PluginBuilderExtensions.AddPlugins(IIngestBuilder, string)"/>: each document's bytes are sent to the
    /// worker and the document it read comes back. A worker that dies (a stack overflow, an exit) or overruns the
    /// budget fails only its document (<c>plugin.process-crashed</c>, <c>document.timeout</c>) and is replaced for the
    /// next. The plugin's normalizers run there too (<c>plugin.process-crashed</c> at stage <c>normalize</c> when their worker dies).
    /// </summary>
    Process,
}
