using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Plugins;

/// <summary>
/// This test project has no <c>Ingest.PluginWorker.dll</c> next to it, like an application without the
/// <c>Ingest.PluginWorker</c> package: a folder plugin loaded with the default isolation must then be skipped with a
/// diagnostic, never loaded in process instead.
/// </summary>
public sealed class MissingWorkerTests
{
    private static readonly string Plugins = Path.Combine(AppContext.BaseDirectory, "plugins");

    [Fact]
    public void A_folder_plugin_loaded_with_the_default_and_no_worker_is_skipped_with_both_ways_out_and_never_runs_in_process()
    {
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "Ingest.PluginWorker.dll")));
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddPlugins(Plugins));
        using var provider = services.BuildServiceProvider();

        var result = Assert.Single(provider.GetServices<PluginLoadResult>());
        Assert.Equal(PluginLoadStatus.Failed, result.Status);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("plugin.worker-missing", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("Ingest.PluginWorker", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("PluginIsolation.InProcess", diagnostic.Message, StringComparison.Ordinal);
        // Nothing of the plugin was registered in the host instead: only the text reader, no normalizer.
        Assert.Equal(["text"], provider.GetServices<ReaderRegistration>().Select(r => r.Factory(provider).Name));
        Assert.Empty(provider.GetServices<NormalizerRegistration>());
    }

    [Fact]
    public void The_same_plugin_opted_in_to_in_process_loads_without_a_worker()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddPlugins(Plugins, PluginIsolation.InProcess));
        using var provider = services.BuildServiceProvider();

        var result = Assert.Single(provider.GetServices<PluginLoadResult>());
        Assert.Equal(PluginLoadStatus.Loaded, result.Status);
        Assert.Equal(["CsvReader"], result.Readers);
    }

    [Fact]
    public void Process_isolation_asked_for_by_name_and_no_worker_names_the_package_only()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddPlugins(Plugins, PluginIsolation.Process));
        using var provider = services.BuildServiceProvider();

        var diagnostic = Assert.Single(Assert.Single(provider.GetServices<PluginLoadResult>()).Diagnostics);
        Assert.Equal("plugin.worker-missing", diagnostic.Code);
        Assert.Contains("Ingest.PluginWorker", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("PluginIsolation.InProcess", diagnostic.Message, StringComparison.Ordinal);
    }
}
