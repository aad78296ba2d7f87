namespace Ingest.Plugins;

/// <summary>Loads compiled plugins from a plugins folder into an <see cref="IIngestBuilder"/>.</summary>
public static class PluginBuilderExtensions
{
    /// <summary>
    /// Loads every plugin in the subfolders of <paramref name="directory"/> and runs their readers and normalizers out
    /// of process (<see cref="PluginIsolation.Process"/>): one plugin per subfolder, each in a worker process of its own,
    /// so that nothing a plugin does (a stack overflow included) can end the host.
    /// </summary>
    /// <remarks>
    /// A folder of plugins is third-party code, so it runs isolated unless the application says otherwise with
    /// <see cref="AddPlugins(IIngestBuilder, string, PluginIsolation)"/> and <see cref="PluginIsolation.InProcess"/>.
    /// The worker (<c>Ingest.PluginWorker.dll</c>) comes with the <c>Ingest.PluginWorker</c> package; when it is not
    /// next to the application, each plugin is skipped with a <c>plugin.worker-missing</c> error saying how to add it
    /// or opt in to in-process loading: the isolation never changes silently.
    /// The plugin's main assembly is <c>&lt;folder&gt;/&lt;folder&gt;.dll</c>, else the assembly whose <c>.deps.json</c> is in the
    /// folder. Its entry point is named by <see cref="IngestPluginAttribute"/>; nothing is scanned or compiled.
    /// A plugin that cannot load (missing dependency, another major version of <c>Ingest.Abstractions</c>, an
    /// exception while registering, an assembly that is not a plugin) is skipped and reported; the others load.
    /// Plugins load only from the folders passed here. Each folder's outcome is registered as a
    /// <see cref="PluginLoadResult"/> singleton. Readers and normalizers the application registers itself
    /// (<c>AddReader&lt;T&gt;()</c>, <c>AddNormalizer&lt;T&gt;()</c>) are its own code and run in process.
    /// </remarks>
    /// <param name="builder">The builder.</param>
    /// <param name="directory">The plugins folder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><code>services.AddIngest(b => b.AddTextReader().AddPlugins("plugins"));</code></example>
    public static IIngestBuilder AddPlugins(this IIngestBuilder builder, string directory)
        => Load(builder, directory, PluginIsolation.Process, isolationChosen: false);

    /// <summary>
    /// Loads every plugin in the subfolders of <paramref name="directory"/>, as
    /// <see cref="AddPlugins(IIngestBuilder, string)"/> does, and runs their readers and normalizers where <paramref name="isolation"/> says.
    /// </summary>
    /// <remarks>
    /// With <see cref="PluginIsolation.Process"/> (the default of <see cref="AddPlugins(IIngestBuilder, string)"/>), the
    /// plugin's code never runs in the host: a worker process
    /// (<c>Ingest.PluginWorker.dll</c>, which must be next to the application: add the <c>Ingest.PluginWorker</c> package) loads it and reads each document the
    /// host sends it. A worker that dies or overruns the document's budget fails that document only and is replaced.
    /// Each worker costs a process start (a few hundred milliseconds, once per worker, and again after a crash) and
    /// every document's bytes and result cross a pipe. The plugin's normalizers run in the worker too: the document goes
    /// there and the entities and diagnostics they add come back.
    /// <see cref="PluginIsolation.InProcess"/> is the opt-in for plugins trusted like the application's own code: no
    /// worker and no pipe, but a stack overflow in the plugin ends the process.
    /// </remarks>
    /// <param name="builder">The builder.</param>
    /// <param name="directory">The plugins folder.</param>
    /// <param name="isolation">Where the plugins' readers and normalizers run.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><code>services.AddIngest(b => b.AddTextReader().AddPlugins("trusted-plugins", PluginIsolation.InProcess));</code></example>
    public static IIngestBuilder AddPlugins(this IIngestBuilder builder, string directory, PluginIsolation isolation)
        => Load(builder, directory, isolation, isolationChosen: true);

    private static IIngestBuilder Load(IIngestBuilder builder, string directory, PluginIsolation isolation, bool isolationChosen)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Enum.IsDefined(isolation))
        {
            throw new ArgumentOutOfRangeException(nameof(isolation), isolation, "Unknown plugin isolation.");
        }

        PluginLoader.LoadAll(builder, directory, isolation, isolationChosen);
        return builder;
    }
}
