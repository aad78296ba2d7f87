using Ingest.Plugins;
using Ingest.Plugins.Isolation;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Plugins;

/// <summary>
/// A self-contained application has no dotnet host of its own, and a machine may have no .NET runtime installed: the
/// plugin worker then cannot start, which must skip the plugin (or fail the document) with a diagnostic, never end the
/// process with an unhandled exception.
/// </summary>
public sealed class WorkerUnavailableTests
{
    private static readonly string MissingHost = Path.Combine(Path.GetTempPath(), "no-such-runtime-" + Guid.NewGuid().ToString("N"), "dotnet");
    private static readonly string Plugins = Path.Combine(AppContext.BaseDirectory, "plugins");

    [Fact]
    public async Task A_worker_whose_runtime_host_cannot_run_fails_with_the_worker_unavailable_code_and_both_ways_out()
    {
        using var pool = new PluginWorkerPool("Ingest.PluginWorker.dll", Plugins) { RuntimeHost = MissingHost };

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => pool.StartAsync(TimeSpan.FromSeconds(5), CancellationToken.None));

        Assert.Equal("plugin.worker-unavailable", error.Code);
        Assert.Contains(MissingHost, error.Message, StringComparison.Ordinal);
        Assert.Contains("PluginIsolation.InProcess", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, pool.AliveCount);
    }

    [Fact]
    public void A_plugin_whose_worker_cannot_start_is_skipped_with_a_diagnostic_and_registers_nothing()
    {
        using var pool = new PluginWorkerPool("Ingest.PluginWorker.dll", Plugins) { RuntimeHost = MissingHost };
        PluginLoadResult? result = null;
        var services = new ServiceCollection();
        services.AddIngest(b => result = IsolatedPluginRegistration.Register(b.AddTextReader(), "samples", Plugins, "Ingest.Samples.Plugin.dll", pool));
        using var provider = services.BuildServiceProvider();

        Assert.NotNull(result);
        Assert.Equal(PluginLoadStatus.Failed, result.Status);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("plugin.worker-unavailable", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("Plugin 'samples' was not loaded: The plugin worker could not start", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["text"], provider.GetServices<ReaderRegistration>().Select(r => r.Factory(provider).Name));
        Assert.Empty(provider.GetServices<NormalizerRegistration>());
    }
}
