using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;
using static Ingest.Samples.Tests.Plugins.IsolatedPlugins;

namespace Ingest.Samples.Tests.Plugins;

public sealed class IsolatedPluginLifetimeTests
{
    [Fact]
    public async Task An_isolated_plugin_whose_configure_never_returns_is_reported_and_the_others_load()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("HangingPlugin");
        folder.Add("OverflowingPlugin");
        await using var provider = Build(folder.Path, PluginIsolation.Process, TimeSpan.FromSeconds(60));

        var results = provider.GetServices<PluginLoadResult>().ToList();

        var hanging = results.Single(r => r.Name == "HangingPlugin");
        Assert.Equal(PluginLoadStatus.Failed, hanging.Status);
        var diagnostic = Assert.Single(hanging.Diagnostics);
        Assert.Equal("plugin.configure-timeout", diagnostic.Code);
        Assert.Contains("'HangingPlugin'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(PluginLoadStatus.Loaded, results.Single(r => r.Name == "OverflowingPlugin").Status);

        // The hanging plugin's worker was ended, not left waiting; the other plugin's worker reads.
        Assert.True(await NoWorkersLeftAsync(Path.Combine(folder.Path, "HangingPlugin")));
        Assert.Equal(IngestStatus.Succeeded, (await RunAsync(provider, Ovf("read\nafter", "a")))[0].Status);
    }

    [Fact]
    public async Task Disposing_the_service_provider_ends_its_plugin_workers()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        var provider = Build(folder.Path, PluginIsolation.Process, TimeSpan.FromSeconds(60));
        var results = await RunAsync(provider, Ovf("one\nbody", "a"), Ovf("two mark", "b"));
        Assert.All(results, r => Assert.Equal(IngestStatus.Succeeded, r.Status));
        var workers = WorkersOf(folder.Path);
        Assert.NotEmpty(workers);

        await provider.DisposeAsync();

        Assert.True(await NoWorkersLeftAsync(folder.Path), string.Join(", ", WorkersOf(folder.Path)));
    }

    // A killed process leaves /proc once it is reaped; wait for that, however slow the machine.
    private static async Task<bool> NoWorkersLeftAsync(string folder)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (WorkersOf(folder).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        return WorkersOf(folder).Count == 0;
    }
}
