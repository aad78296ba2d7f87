namespace Ingest.Plugins;

/// <summary>Loads compiled plugins from a plugins folder into an <see cref="IIngestBuilder"/>.</summary>
public static class PluginBuilderExtensions
{
    /// <summary>
    /// Loads every plugin in the subfolders of <paramref name="directory"/>: one plugin per subfolder, each in its own
    /// <see cref="System.Runtime.Loader.AssemblyLoadContext"/>, its private dependencies resolved from its
    /// <c>.deps.json</c> and the contract assemblies (<c>Ingest*</c>, <c>Microsoft.Extensions.*</c>) shared with the host.
    /// </summary>
    /// <remarks>
    /// The plugin's main assembly is <c>&lt;folder&gt;/&lt;folder&gt;.dll</c>, else the assembly whose <c>.deps.json</c> is in the
    /// folder. Its entry point is named by <see cref="IngestPluginAttribute"/>; nothing is scanned or compiled.
    /// A plugin that cannot load (missing dependency, another major version of <c>Ingest.Abstractions</c>, an
    /// exception while registering, an assembly that is not a plugin) is skipped and reported; the others load.
    /// Plugins load only from the folders passed here. Each folder's outcome is registered as a
    /// <see cref="PluginLoadResult"/> singleton.
    /// </remarks>
    /// <param name="builder">The builder.</param>
    /// <param name="directory">The plugins folder.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><code>services.AddIngest(b => b.AddTextReader().AddPlugins("plugins"));</code></example>
    public static IIngestBuilder AddPlugins(this IIngestBuilder builder, string directory)
        => builder.AddPlugins(directory, PluginIsolation.InProcess);

    /// <summary>
    /// Loads every plugin in the subfolders of <paramref name="directory"/>, as
    /// <see cref="AddPlugins(IIngestBuilder, string)"/> does, and runs their readers and normalizers where <paramref name="isolation"/> says.
    /// </summary>
    /// <remarks>
    /// With <see cref="PluginIsolation.Process"/>, the plugin's code never runs in the host: a worker process
    /// (<c>Ingest.PluginWorker.dll</c>, which must be next to the application: add the <c>Ingest.PluginWorker</c> package) loads it and reads each document the
    /// host sends it. A worker that dies or overruns the document's budget fails that document only and is replaced.
    /// Each worker costs a process start (a few hundred milliseconds, once per worker, and again after a crash) and
    /// every document's bytes and result cross a pipe. The plugin's normalizers run in the worker too: the document goes
    /// there and the entities and diagnostics they add come back.
    /// </remarks>
    /// <param name="builder">The builder.</param>
    /// <param name="directory">The plugins folder.</param>
    /// <param name="isolation">Where the plugins' readers and normalizers run.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <example><code>services.AddIngest(b => b.AddTextReader().AddPlugins("plugins", PluginIsolation.Process));</code></example>
    public static IIngestBuilder AddPlugins(this IIngestBuilder builder, string directory, PluginIsolation isolation)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Enum.IsDefined(isolation))
        {
            throw new ArgumentOutOfRangeException(nameof(isolation), isolation, "Unknown plugin isolation.");
        }

        PluginLoader.LoadAll(builder, directory, isolation);
        return builder;
    }
}
