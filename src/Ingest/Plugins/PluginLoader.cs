using System.Reflection;
using Ingest.DependencyInjection;
using Ingest.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Plugins;

/// <summary>
/// Loads the plugins of one plugins folder. Every failure becomes a <see cref="PluginLoadResult"/> with a diagnostic
/// naming the plugin; nothing a plugin does can stop the host from loading the others. Each result is registered
/// in the services as soon as it is known, so a later folder sees which plugins are already loaded.
/// </summary>
internal static class PluginLoader
{
    /// <param name="builder">The builder the plugins register into.</param>
    /// <param name="directory">The plugins folder.</param>
    /// <param name="isolation">Where the plugins' code runs.</param>
    /// <param name="isolationChosen">
    /// Whether the application named <paramref name="isolation"/>, or took the default: a missing worker then says how
    /// to add it or opt in to in-process loading, since the application never asked for a worker.
    /// </param>
    public static void LoadAll(IIngestBuilder builder, string directory, PluginIsolation isolation, bool isolationChosen)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            builder.Services.AddSingleton(Failed(directory, root, null, "plugin.directory-missing", $"The plugins folder '{root}' does not exist."));
            return;
        }

        foreach (var stray in Directory.GetFiles(root, "*.dll").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(stray);
            builder.Services.AddSingleton(Failed(name, root, stray, "plugin.not-in-subfolder",
                $"'{Path.GetFileName(stray)}' is directly in the plugins folder; each plugin loads from its own subfolder, for example '{Path.Combine(root, name)}'."));
        }

        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            builder.Services.AddSingleton(LoadOne(builder, folder, isolation, isolationChosen));
        }
    }

    public static PluginLoadResult LoadOne(IIngestBuilder builder, string folder, PluginIsolation isolation, bool isolationChosen)
    {
        var folderName = Path.GetFileName(folder);
        var assemblyPath = FindMainAssembly(folder);
        if (assemblyPath is null)
        {
            return Failed(folderName, folder, null, "plugin.no-assembly",
                $"Plugin '{folderName}': no '{folderName}.dll' and no '.deps.json' naming the plugin's assembly in '{folder}'.");
        }

        var assemblyName = Path.GetFileNameWithoutExtension(assemblyPath);
        if (builder.Services.Any(d => d.ImplementationInstance is PluginLoadResult { Status: PluginLoadStatus.Loaded } loaded
            && string.Equals(Path.GetFileNameWithoutExtension(loaded.AssemblyPath), assemblyName, StringComparison.OrdinalIgnoreCase)))
        {
            return Failed(folderName, folder, assemblyPath, "plugin.duplicate",
                $"Plugin '{folderName}': an assembly named '{assemblyName}' is already loaded as a plugin; this copy is skipped.");
        }

        if (PluginLoadContext.IsSharedContract(assemblyName) || assemblyName.StartsWith("Ingest.Abstractions", StringComparison.OrdinalIgnoreCase))
        {
            return Failed(folderName, folder, assemblyPath, "plugin.not-a-plugin",
                $"Plugin '{folderName}': '{assemblyName}' is a contract assembly the host provides, not a plugin.");
        }

        Assembly assembly;
        try
        {
            var context = new PluginLoadContext(assemblyPath, folderName);
            assembly = context.LoadFromAssemblyPath(assemblyPath);
            if (CheckContract(folderName, folder, assemblyPath, assembly) is { } mismatch)
            {
                return mismatch;
            }

            if (CheckDependencies(folderName, folder, assemblyPath, assembly, context) is { } missing)
            {
                return missing;
            }
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or InvalidOperationException)
        {
            return Failed(folderName, folder, assemblyPath, "plugin.load-failed",
                $"Plugin '{folderName}': '{Path.GetFileName(assemblyPath)}' could not be loaded: {e.Message}");
        }

        IngestPluginAttribute? attribute;
        try
        {
            attribute = assembly.GetCustomAttribute<IngestPluginAttribute>();
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or TypeLoadException or CustomAttributeFormatException)
        {
            return Failed(folderName, folder, assemblyPath, "plugin.load-failed",
                $"Plugin '{folderName}': its [IngestPlugin] attribute could not be read: {e.Message}");
        }

        if (attribute is null)
        {
            return Failed(folderName, folder, assemblyPath, "plugin.not-a-plugin",
                $"Plugin '{folderName}': '{Path.GetFileName(assemblyPath)}' has no [assembly: IngestPlugin(typeof(...))] attribute, so it is not a plugin.");
        }

        var name = string.IsNullOrWhiteSpace(attribute.Name) ? folderName : attribute.Name;
        if (!typeof(IIngestPlugin).IsAssignableFrom(attribute.EntryPoint) || attribute.EntryPoint.IsAbstract
            || attribute.EntryPoint.GetConstructor(Type.EmptyTypes) is null)
        {
            return Failed(name, folder, assemblyPath, "plugin.invalid-entry-point",
                $"Plugin '{name}': its entry point '{attribute.EntryPoint.FullName}' must be a concrete class implementing IIngestPlugin with a public parameterless constructor.");
        }

        // Out of process, the checks above ran on the assembly's metadata only; the plugin's code runs in the worker.
        return isolation == PluginIsolation.Process
            ? IsolatedPluginRegistration.Register(builder, name, folder, assemblyPath, isolationChosen)
            : Register(builder, name, folder, assemblyPath, attribute.EntryPoint);
    }

    /// <summary>How long a plugin's <see cref="IIngestPlugin.Configure"/> may take before the plugin is skipped.</summary>
    internal static readonly TimeSpan ConfigureTimeout = TimeSpan.FromSeconds(5);

    private static PluginLoadResult Register(IIngestBuilder builder, string name, string folder, string assemblyPath, Type entryPoint)
    {
        // The plugin registers into a copy of the host's services, on its own thread, with a time limit: one whose
        // Configure never returns is skipped, and since it only ever touches the copy, it cannot change the host's
        // services later. Only what a plugin that returned in time registered is applied to the host.
        IServiceCollection staging = new ServiceCollection();
        foreach (var descriptor in builder.Services)
        {
            staging.Add(descriptor);
        }

        var services = new RecordingServiceCollection(staging);
        var configure = IsolatedThread.Start(
            () =>
            {
                var plugin = (IIngestPlugin)Activator.CreateInstance(entryPoint)!;
                plugin.Configure(new IngestBuilder(services));
                return Task.FromResult(true);
            },
            "Ingest plugin configure " + name);
        try
        {
            if (!configure.Wait(ConfigureTimeout))
            {
                return Failed(name, folder, assemblyPath, "plugin.configure-timeout",
                    $"Plugin '{name}' was not loaded: its Configure did not return within {ConfigureTimeout.TotalSeconds:0.#} s.");
            }
        }
        catch (AggregateException e)
        {
            var thrown = e.InnerException ?? e;
            var inner = thrown is TargetInvocationException { InnerException: { } invoked } ? invoked : thrown;
            var (code, what) = inner switch
            {
                FileNotFoundException or FileLoadException => ("plugin.missing-dependency", "a dependency is missing"),
                TypeLoadException or MissingMemberException => ("plugin.contract-mismatch", "it was built against other contracts"),
                _ => ("plugin.registration-failed", "registration threw"),
            };
            return Failed(name, folder, assemblyPath, code,
                $"Plugin '{name}' was not loaded: {what}: {inner.GetType().Name}: {inner.Message}");
        }

        Apply(builder.Services, staging, services.Added);
        var readers = services.Added.Select(d => d.ImplementationInstance).OfType<ReaderRegistration>().Select(r => r.ReaderType.Name).ToArray();
        var normalizers = services.Added.Select(d => d.ImplementationInstance).OfType<NormalizerRegistration>().Select(r => r.NormalizerType.Name).ToArray();
        return new PluginLoadResult(name, folder, assemblyPath, PluginLoadStatus.Loaded, readers, normalizers, Array.Empty<Diagnostic>());
    }

    private static void Apply(IServiceCollection host, IServiceCollection staging, IReadOnlyList<ServiceDescriptor> added)
    {
        foreach (var removed in host.Where(d => !staging.Contains(d)).ToList())
        {
            host.Remove(removed);
        }

        foreach (var descriptor in added)
        {
            if (staging.Contains(descriptor))
            {
                host.Add(descriptor);
            }
        }
    }

    private static PluginLoadResult? CheckContract(string name, string folder, string assemblyPath, Assembly assembly)
    {
        var host = typeof(IIngestPlugin).Assembly.GetName();
        var referenced = assembly.GetReferencedAssemblies().FirstOrDefault(r => string.Equals(r.Name, host.Name, StringComparison.OrdinalIgnoreCase));
        if (referenced is null)
        {
            return Failed(name, folder, assemblyPath, "plugin.not-a-plugin",
                $"Plugin '{name}': '{Path.GetFileName(assemblyPath)}' does not reference {host.Name}, so it is not a plugin.");
        }

        var hostVersion = host.Version ?? new Version(0, 0);
        var pluginVersion = referenced.Version ?? new Version(0, 0);
        if (pluginVersion.Major != hostVersion.Major)
        {
            return Failed(name, folder, assemblyPath, "plugin.contract-mismatch",
                $"Plugin '{name}' was built against {host.Name} {pluginVersion}, but the host has {hostVersion}; the major versions differ, so it is not loaded. Rebuild the plugin against {host.Name} {hostVersion.Major}.x.");
        }

        if (pluginVersion > hostVersion)
        {
            return Failed(name, folder, assemblyPath, "plugin.contract-mismatch",
                $"Plugin '{name}' was built against {host.Name} {pluginVersion}, newer than the host's {hostVersion}; update the host or build the plugin against {hostVersion}.");
        }

        return null;
    }

    private static PluginLoadResult? CheckDependencies(string name, string folder, string assemblyPath, Assembly assembly, PluginLoadContext context)
    {
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            try
            {
                context.LoadFromAssemblyName(reference);
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                return Failed(name, folder, assemblyPath, "plugin.missing-dependency",
                    $"Plugin '{name}' needs {reference.Name} {reference.Version}, which is neither in its folder nor provided by the host: {e.Message}");
            }
        }

        return null;
    }

    private static string? FindMainAssembly(string folder)
    {
        var byFolderName = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
        if (File.Exists(byFolderName))
        {
            return byFolderName;
        }

        var deps = Directory.GetFiles(folder, "*.deps.json");
        if (deps.Length == 1)
        {
            var candidate = Path.Combine(folder, Path.GetFileName(deps[0])[..^".deps.json".Length] + ".dll");
            return File.Exists(candidate) ? candidate : null;
        }

        return null;
    }

    private static PluginLoadResult Failed(string name, string folder, string? assemblyPath, string code, string message)
        => new(name, folder, assemblyPath, PluginLoadStatus.Failed, Array.Empty<string>(), Array.Empty<string>(),
            new[] { new Diagnostic(DiagnosticSeverity.Error, code, message) { Stage = "plugins", Location = folder } });
}
