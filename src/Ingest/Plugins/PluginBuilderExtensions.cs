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
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        PluginLoader.LoadAll(builder, directory);
        return builder;
    }
}
