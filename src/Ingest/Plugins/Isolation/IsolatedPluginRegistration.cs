using Ingest.Plugins.Isolation;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Plugins;

/// <summary>
/// Registers a plugin loaded with <see cref="PluginIsolation.Process"/>: a first worker loads the plugin and names
/// its readers and normalizers; the host registers a <see cref="ProcessPluginReader"/> for each reader (name, formats,
/// priority) and a <see cref="ProcessPluginNormalizer"/> for each normalizer (name, order). The plugin's own code never
/// runs in the host.
/// </summary>
internal static class IsolatedPluginRegistration
{
    /// <summary>The worker's file name; it is looked for next to the application, then next to the Ingest assembly.</summary>
    public const string WorkerFileName = "Ingest.PluginWorker.dll";

    public static PluginLoadResult Register(IIngestBuilder builder, string name, string folder, string assemblyPath, bool isolationChosen)
    {
        if (FindWorker() is not { } workerPath)
        {
            // Never a silent fall-back to in-process: the plugin is skipped and the diagnostic says both ways out.
            var asked = isolationChosen
                ? "process isolation needs"
                : "plugins from a folder run in a worker process unless the application loads them with PluginIsolation.InProcess, and that needs";
            return Failed(name, folder, assemblyPath, "plugin.worker-missing",
                $"Plugin '{name}' was not loaded: {asked} {WorkerFileName} and its runtimeconfig.json next to the application; add the Ingest.PluginWorker package to the application (<PackageReference Include=\"Ingest.PluginWorker\" />)"
                + (isolationChosen ? "." : ", or, only for a plugin trusted like the application's own code, load it with AddPlugins(directory, PluginIsolation.InProcess)."));
        }

        return Register(builder, name, folder, assemblyPath, new PluginWorkerPool(workerPath, folder));
    }

    /// <summary>Registers the plugin through a first worker of <paramref name="pool"/>; a worker that cannot start skips the plugin.</summary>
    internal static PluginLoadResult Register(IIngestBuilder builder, string name, string folder, string assemblyPath, PluginWorkerPool pool)
    {
        PluginWorkerProcess worker;
        WorkerHello? hello;
        try
        {
            (worker, hello) = pool.StartAsync(PluginWorkerPool.StartTimeout, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (DocumentReadException e)
        {
            return Failed(name, folder, assemblyPath, e.Code, $"Plugin '{name}' was not loaded: {e.Message}");
        }

        if (hello is null)
        {
            var why = worker.DescribeEnd();
            worker.Dispose();
            return Failed(name, folder, assemblyPath, "plugin.process-crashed",
                $"Plugin '{name}' was not loaded: its worker process did not start within {PluginWorkerPool.StartTimeout.TotalSeconds:0} s ({why}).");
        }

        if (!hello.Loaded)
        {
            worker.Dispose();
            return new PluginLoadResult(name, folder, assemblyPath, PluginLoadStatus.Failed, [], [], hello.Diagnostics);
        }

        // The workers end when the service provider built from these services is disposed (it owns the pool, through
        // the factory below), or with the host process: an idle worker ends by itself when its pipe closes.
        pool.Return(worker);
        builder.Services.AddSingleton(_ => pool);
        for (var i = 0; i < hello.Readers.Count; i++)
        {
            var info = hello.Readers[i];
            var reader = new ProcessPluginReader(pool, i, info);
            builder.Services.AddSingleton(new ReaderRegistration(typeof(ProcessPluginReader), info.Priority, OwnedBy(reader)) { Instance = reader });
        }

        for (var i = 0; i < hello.Normalizers.Count; i++)
        {
            var normalizer = new ProcessPluginNormalizer(pool, i, hello.Normalizers[i]);
            builder.Services.AddSingleton(new NormalizerRegistration(typeof(ProcessPluginNormalizer), hello.Normalizers[i].Order, OwnedBy(normalizer)));
        }

        return new PluginLoadResult(
            name,
            folder,
            assemblyPath,
            PluginLoadStatus.Loaded,
            hello.Readers.Select(r => r.TypeName).ToArray(),
            hello.Normalizers.Select(n => n.TypeName).ToArray(),
            hello.Diagnostics);
    }

    // Resolving a component resolves the pools too, so the provider that builds the pipeline owns (and disposes) them.
    private static Func<IServiceProvider, T> OwnedBy<T>(T component)
        => services =>
        {
            _ = services.GetServices<PluginWorkerPool>().Count();
            return component;
        };

    private static string? FindWorker()
    {
        foreach (var directory in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(IsolatedPluginRegistration).Assembly.Location) })
        {
            if (!string.IsNullOrEmpty(directory) && Path.Combine(directory, WorkerFileName) is var path && File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static PluginLoadResult Failed(string name, string folder, string assemblyPath, string code, string message)
        => new(name, folder, assemblyPath, PluginLoadStatus.Failed, [], [],
            [new Diagnostic(DiagnosticSeverity.Error, code, message) { Stage = "plugins", Location = folder }]);
}
