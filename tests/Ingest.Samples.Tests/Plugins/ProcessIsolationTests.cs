using System.Text;
using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Samples.Tests.Plugins;

public sealed class ProcessIsolationTests
{
    private static ServiceProvider Build(string plugins, PluginIsolation isolation, TimeSpan timeout)
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddPlugins(plugins, isolation).Configure(o =>
        {
            o.DocumentTimeout = timeout;
            o.MaxDegreeOfParallelism = 1;
        }));
        return services.BuildServiceProvider();
    }

    private static MemorySourceDocument Ovf(string text, string name) => new(Encoding.UTF8.GetBytes(text), new Uri("memory:/" + name + ".ovf"));

    private static async Task<List<IngestResult>> RunAsync(ServiceProvider provider, params SourceDocument[] sources)
    {
        var results = new List<IngestResult>();
        await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync(sources))
        {
            results.Add(result);
        }

        return results.OrderBy(r => r.Index).ToList();
    }

    [Fact]
    public async Task A_stack_overflow_in_an_isolated_reader_fails_its_document_and_the_batch_and_the_process_go_on()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        await using var provider = Build(folder.Path, PluginIsolation.Process, TimeSpan.FromSeconds(60));
        var loaded = Assert.Single(provider.GetServices<PluginLoadResult>());
        Assert.Equal(PluginLoadStatus.Loaded, loaded.Status);
        Assert.Equal(["OverflowingReader"], loaded.Readers);

        var results = await RunAsync(
            provider,
            Ovf("first\nbody", "a"), Ovf("overflow now", "b"), Ovf("third\nbody", "c"), Ovf("fourth\nbody", "d"));

        // This test process is the host: that it is still here to assert is the point.
        Assert.Equal(4, results.Count);
        var crashed = results[1];
        Assert.Equal(IngestStatus.Failed, crashed.Status);
        var diagnostic = Assert.Single(crashed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("plugin.process-crashed", diagnostic.Code);
        Assert.Equal("read", diagnostic.Stage);
        Assert.Contains("exit code", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("overflow", diagnostic.Message, StringComparison.OrdinalIgnoreCase);
        Assert.All([results[0], results[2], results[3]], r =>
        {
            Assert.Equal(IngestStatus.Succeeded, r.Status);
            Assert.Equal("overflowing", r.Reader);
        });
        Assert.Equal("third\nbody", results[2].Document!.Text);
    }

    [Fact]
    public async Task A_folder_plugin_loaded_with_the_default_runs_out_of_process_so_endless_recursion_fails_only_its_document()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddPlugins(folder.Path).Configure(o => o.MaxDegreeOfParallelism = 1));
        await using var provider = services.BuildServiceProvider();
        Assert.Equal(PluginLoadStatus.Loaded, Assert.Single(provider.GetServices<PluginLoadResult>()).Status);

        var results = await RunAsync(provider, Ovf("first\nbody", "a"), Ovf("overflow now", "b"), Ovf("third\nbody", "c"));

        // The reader recursed without end: in process that would have ended this test process, the host.
        Assert.Equal([IngestStatus.Succeeded, IngestStatus.Failed, IngestStatus.Succeeded], results.Select(r => r.Status));
        Assert.Equal("plugin.process-crashed", Assert.Single(results[1].Diagnostics, d => d.Severity == DiagnosticSeverity.Error).Code);
        Assert.Equal("third\nbody", results[2].Document!.Text);
        Assert.Equal("overflowing", results[2].Reader);
        // The host holds only its stand-in for the plugin's reader (a type of Ingest itself), never the plugin's type.
        Assert.Equal([typeof(IngestOptions).Assembly], provider.GetServices<ReaderRegistration>().Select(r => r.ReaderType.Assembly).Distinct());
    }

    [Fact]
    public async Task An_isolated_reader_that_hangs_is_stopped_at_the_budget_and_the_next_document_gets_a_new_worker()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        await using var provider = Build(folder.Path, PluginIsolation.Process, TimeSpan.FromSeconds(8));

        var results = await RunAsync(provider, Ovf("hang", "a"), Ovf("after\nthe hang", "b"));

        Assert.Equal(IngestStatus.Failed, results[0].Status);
        Assert.Equal("read", results[0].Diagnostics.Single(d => d.Code == "document.timeout").Stage);
        Assert.Equal(IngestStatus.Succeeded, results[1].Status);
        Assert.Equal("after\nthe hang", results[1].Document!.Text);
    }

    [Fact]
    public async Task A_document_read_out_of_process_equals_the_one_read_in_process()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("OverflowingPlugin");
        const string Text = "Head\u00e9 \ud83d\ude00 line\nand a \"quoted\" body \\ with\ttabs";
        IngestResult inProcess;
        await using (var provider = Build(folder.Path, PluginIsolation.InProcess, TimeSpan.FromSeconds(60)))
        {
            inProcess = (await RunAsync(provider, Ovf(Text, "same")))[0];
        }

        await using var isolated = Build(folder.Path, PluginIsolation.Process, TimeSpan.FromSeconds(60));
        var outOfProcess = (await RunAsync(isolated, Ovf(Text, "same")))[0];

        var expected = inProcess.Document!;
        var actual = outOfProcess.Document!;
        Assert.Equal(inProcess.Status, outOfProcess.Status);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.MediaType, actual.MediaType);
        Assert.Equal(Text, actual.Text);
        Assert.Equal(
            expected.Blocks.Select(b => (b.Kind, b.Start, b.Length, b.Level, b.Page, b.Bounds, b.SourceRange)),
            actual.Blocks.Select(b => (b.Kind, b.Start, b.Length, b.Level, b.Page, b.Bounds, b.SourceRange)));
        Assert.Equal(new BoundingBox(0.1 + 0.2, 1.0 / 3, 595.275590551, 841.889763779), actual.Blocks[0].Bounds);
        Assert.Equal(Describe(expected.Metadata), Describe(actual.Metadata));
        var link = Assert.IsType<LinkEntity>(Assert.Single(actual.Entities));
        Assert.Equal(("Head", "https://example.org/", 0, 4), (link.Text, link.Target, link.Start, link.Length));
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(inProcess.Diagnostics, outOfProcess.Diagnostics);
    }

    private static string Describe(DocumentMetadata m)
        => string.Join("|", m.Title, string.Join(",", m.Authors), m.Published, m.Modified, m.Language, m.PageCount, m.SiteName, m.CanonicalUrl, m.Description, string.Join(",", m.Extra.Select(p => p.Key + "=" + p.Value)));
}
