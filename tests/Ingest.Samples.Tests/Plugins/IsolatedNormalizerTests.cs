using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;
using static Ingest.Samples.Tests.Plugins.IsolatedPlugins;

namespace Ingest.Samples.Tests.Plugins;

public sealed class IsolatedNormalizerTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_isolated_plugin_normalizer_runs_in_the_worker_and_its_entities_equal_the_in_process_ones()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        var reference = new DateOnly(2024, 2, 29);
        const string Text = "a mark here\nand a mark \u00e9 there, mark";
        IngestResult inProcess;
        await using (var provider = Build(folder.Path, PluginIsolation.InProcess, Generous, reference))
        {
            inProcess = (await RunAsync(provider, Ovf(Text, "marks")))[0];
        }

        await using var isolated = Build(folder.Path, PluginIsolation.Process, Generous, reference);
        var loaded = Assert.Single(isolated.GetServices<PluginLoadResult>());
        Assert.Equal(["OverflowingNormalizer"], loaded.Normalizers);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == "plugin.normalizers-not-isolated");

        var outOfProcess = (await RunAsync(isolated, Ovf(Text, "marks")))[0];

        Assert.Equal(IngestStatus.Succeeded, outOfProcess.Status);
        Assert.Equal(["marks"], outOfProcess.Normalizers);
        var marks = outOfProcess.Document!.Entities.Where(e => e.Type == "mark").ToList();
        Assert.Equal(3, marks.Count);
        Assert.Equal(inProcess.Document!.Entities.Select(Json), outOfProcess.Document.Entities.Select(Json));

        // The reference date crosses too: the document's own published date, which wins over the configured one.
        Assert.Contains("\"reference\":\"2020-11-12\"", Json(marks[0]), StringComparison.Ordinal);
        Assert.Equal(inProcess.Diagnostics, outOfProcess.Diagnostics);
        Assert.Contains(outOfProcess.Diagnostics, d => d.Code == "marks.done" && d.Message == "marked after 1 entities");
    }

    [Fact]
    public async Task A_stack_overflow_in_an_isolated_normalizer_makes_its_document_partial_and_the_next_one_succeeds()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        await using var provider = Build(folder.Path, PluginIsolation.Process, Generous);

        var results = await RunAsync(provider, Ovf("first normalize-overflow\nbody", "a"), Ovf("second mark\nbody", "b"));

        Assert.Equal(IngestStatus.Partial, results[0].Status);
        var crashed = Assert.Single(results[0].Diagnostics, d => d.Code == "plugin.process-crashed");
        Assert.Equal("normalize", crashed.Stage);
        Assert.Contains("exit code", crashed.Message, StringComparison.Ordinal);
        Assert.Equal("first normalize-overflow\nbody", results[0].Document!.Text);
        Assert.Equal(IngestStatus.Succeeded, results[1].Status);
        Assert.Single(results[1].Document!.Entities, e => e.Type == "mark");
    }

    [Fact]
    public async Task An_isolated_normalizer_that_hangs_is_stopped_at_the_budget()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        await using var provider = Build(folder.Path, PluginIsolation.Process, TimeSpan.FromSeconds(8));

        var results = await RunAsync(provider, Ovf("normalize-hang", "a"), Ovf("after mark", "b"));

        Assert.Equal(IngestStatus.Partial, results[0].Status);
        Assert.Equal("normalize", results[0].Diagnostics.Single(d => d.Code == "document.timeout").Stage);
        Assert.Equal(IngestStatus.Succeeded, results[1].Status);
        Assert.Single(results[1].Document!.Entities, e => e.Type == "mark");
    }

    [Fact]
    public async Task An_isolated_normalizer_that_throws_keeps_what_it_added_and_fails_its_stage()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        await using var provider = Build(folder.Path, PluginIsolation.Process, Generous);

        var result = (await RunAsync(provider, Ovf("mark mark normalize-throw", "a")))[0];

        Assert.Equal(IngestStatus.Partial, result.Status);
        Assert.Single(result.Document!.Entities, e => e.Type == "mark");
        var failed = Assert.Single(result.Diagnostics, d => d.Code == "normalize.failed");
        Assert.Contains("the marks broke", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_entity_limit_holds_inside_the_worker()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddPlugins(folder.Path, PluginIsolation.Process).Configure(o => o.MaxEntitiesPerDocument = 5));
        await using var provider = services.BuildServiceProvider();
        var text = string.Join(' ', Enumerable.Repeat("mark", 40));

        var result = (await RunAsync(provider, Ovf(text, "many")))[0];

        Assert.Equal(IngestStatus.Partial, result.Status);
        Assert.Equal(5, result.Document!.Entities.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == "normalize.entity-limit");
    }

    [Fact]
    public async Task An_isolated_plugin_sniffer_takes_part_in_content_detection()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("Ingest.Samples.Plugin");
        await using var provider = Build(folder.Path, PluginIsolation.Process, Generous);
        var csv = "Name,Email,City\nAda Lovelace,ada@example.org,London\nAlan Turing,alan@example.org,Wilmslow\n"u8.ToArray();

        // No name to go by: only the plugin's signature says this text is CSV.
        var results = await RunAsync(provider, new MemorySourceDocument(csv, new Uri("memory:/people")), new MemorySourceDocument("just words, nothing more"u8.ToArray(), new Uri("memory:/words")));

        Assert.Equal("csv", results[0].Reader);
        Assert.Equal("text/csv", results[0].MediaType);
        Assert.Contains(results[0].Document!.Entities, e => e.Type == "email" && e.Text == "ada@example.org");
        Assert.Equal(["emails"], results[0].Normalizers);
        Assert.NotEqual("csv", results[1].Reader);
    }
}
