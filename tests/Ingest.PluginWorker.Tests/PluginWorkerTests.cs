using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.PluginWorker.Tests;

public sealed class PluginWorkerTests
{
    private static readonly string Plugins = Path.Combine(AppContext.BaseDirectory, "plugins");

    [Fact]
    public void The_worker_and_its_runtimeconfig_are_copied_next_to_the_application()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Ingest.PluginWorker.dll")));
        var runtimeConfig = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ingest.PluginWorker.runtimeconfig.json"));
        Assert.Contains("\"rollForward\": \"Major\"", runtimeConfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_loads_the_plugin_names_its_reader_and_reads_a_document_through_the_protocol()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddPlugins(Plugins, PluginIsolation.Process));
        await using var provider = services.BuildServiceProvider();

        // The worker's hello: the plugin loaded in the worker, with the reader it registered there.
        var loaded = Assert.Single(provider.GetServices<PluginLoadResult>());
        Assert.Equal(PluginLoadStatus.Loaded, loaded.Status);
        Assert.Equal(["CsvReader"], loaded.Readers);

        var csv = "Name,Email\nAda Lovelace,ada@example.org\n"u8.ToArray();
        var results = new List<IngestResult>();
        await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync([new MemorySourceDocument(csv, new Uri("memory:/people.csv"))]))
        {
            results.Add(result);
        }

        var read = Assert.Single(results);
        Assert.Equal(IngestStatus.Succeeded, read.Status);
        Assert.Equal("csv", read.Reader);
        Assert.Contains("Ada Lovelace", read.Document!.Text, StringComparison.Ordinal);
        Assert.Contains("ada@example.org", read.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_isolation_argument_the_folder_plugin_runs_in_the_packaged_worker()
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddPlugins(Plugins));
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(PluginLoadStatus.Loaded, Assert.Single(provider.GetServices<PluginLoadResult>()).Status);
        // The host holds a stand-in of Ingest's own for the plugin's reader: the plugin's CsvReader lives in the worker.
        var registrations = provider.GetServices<ReaderRegistration>().ToList();
        Assert.Equal([typeof(IngestOptions).Assembly], registrations.Select(r => r.ReaderType.Assembly).Distinct());
        Assert.Contains(registrations, r => r.ReaderType.Name == "ProcessPluginReader");
        var csv = "Name,Email\nAda Lovelace,ada@example.org\n"u8.ToArray();
        var result = await provider.GetRequiredService<IIngestionService>().IngestAsync(new MemorySourceDocument(csv, new Uri("memory:/people.csv")));
        Assert.Equal(IngestStatus.Succeeded, result.Status);
        Assert.Equal("csv", result.Reader);
    }
}
