using Ingest.Plugins.Isolation;

namespace Ingest.Plugins;

/// <summary>
/// Registers a plugin loaded with <see cref="PluginIsolation.Process"/>: a first worker loads the plugin and names
/// its readers; the host registers a <see cref="ProcessPluginReader"/> for each, with the plugin reader's name, formats
/// and priority. The plugin's own code never runs in the host.
/// </summary>
internal static class IsolatedPluginRegistration
{
    /// <summary>The worker's file name; it is looked for next to the application, then next to the Ingest assembly.</summary>
    public const string WorkerFileName = "Ingest.PluginWorker.dll";

    public static PluginLoadResult Register(IIngestBuilder builder, string name, string folder, string assemblyPath)
    {
        if (FindWorker() is not { } workerPath)
        {
            return Failed(name, folder, assemblyPath, "plugin.worker-missing",
                $"Plugin '{name}' was not loaded: process isolation needs {WorkerFileName} and its runtimeconfig.json next to the application; add the Ingest.PluginWorker package to the application (<PackageReference Include=\"Ingest.PluginWorker\" />).");
        }

        var pool = new PluginWorkerPool(workerPath, folder);
        var (worker, hello) = pool.StartAsync(PluginWorkerPool.StartTimeout, CancellationToken.None).GetAwaiter().GetResult();
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

        // Idle workers live as long as the host: each ends by itself when the host's end of its pipe closes.
        pool.Return(worker);
        for (var i = 0; i < hello.Readers.Count; i++)
        {
            var info = hello.Readers[i];
            builder.AddReader(new ProcessPluginReader(pool, i, info), info.Priority);
        }

        var diagnostics = hello.Normalizers.Count == 0
            ? hello.Diagnostics
            : [.. hello.Diagnostics, new Diagnostic(
                DiagnosticSeverity.Warning,
                "plugin.normalizers-not-isolated",
                $"Plugin '{name}' runs out of process, where only readers run; its normalizers ({string.Join(", ", hello.Normalizers)}) are not used.")
            { Stage = "plugins", Location = folder }];
        return new PluginLoadResult(name, folder, assemblyPath, PluginLoadStatus.Loaded, hello.Readers.Select(r => r.TypeName).ToArray(), [], diagnostics);
    }

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
