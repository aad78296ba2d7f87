using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Plugins;

public sealed class PluginFolderDiagnosticsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ingest-plugin-tests-" + Guid.NewGuid().ToString("N"));

    public PluginFolderDiagnosticsTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A loaded assembly can keep its file open; the temp folder is then left behind.
        }
    }

    private static List<PluginLoadResult> Load(string directory)
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddPlugins(directory));
        using var provider = services.BuildServiceProvider();
        return provider.GetServices<PluginLoadResult>().ToList();
    }

    private string CopyInto(string folder, string file)
    {
        var target = Path.Combine(_root, folder);
        Directory.CreateDirectory(target);
        var copy = Path.Combine(target, Path.GetFileName(file));
        File.Copy(file, copy);
        return copy;
    }

    [Fact]
    public void Missing_plugins_folder_is_reported_not_thrown()
    {
        var missing = Path.Combine(_root, "nope");

        var diagnostic = Assert.Single(Assert.Single(Load(missing)).Diagnostics);

        Assert.Equal("plugin.directory-missing", diagnostic.Code);
        Assert.Contains(missing, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_plugins_folder_loads_nothing()
    {
        Assert.Empty(Load(_root));
    }

    [Fact]
    public void Assembly_directly_in_the_plugins_folder_is_reported_with_where_it_belongs()
    {
        File.Copy(typeof(FactAttribute).Assembly.Location, Path.Combine(_root, "xunit.core.dll"));

        var result = Assert.Single(Load(_root));

        Assert.Equal(PluginLoadStatus.Failed, result.Status);
        Assert.Equal("plugin.not-in-subfolder", result.Diagnostics[0].Code);
        Assert.Contains(Path.Combine(_root, "xunit.core"), result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_without_the_plugin_assembly_is_reported()
    {
        Directory.CreateDirectory(Path.Combine(_root, "half-copied"));
        File.WriteAllText(Path.Combine(_root, "half-copied", "readme.txt"), "not a plugin");

        var result = Assert.Single(Load(_root));

        Assert.Equal("half-copied", result.Name);
        Assert.Equal("plugin.no-assembly", result.Diagnostics[0].Code);
    }

    [Fact]
    public void Assembly_that_does_not_reference_the_contracts_is_not_a_plugin_and_the_next_folder_still_loads()
    {
        CopyInto("xunit.core", typeof(FactAttribute).Assembly.Location);
        CopyInto("Ingest", typeof(IngestOptions).Assembly.Location);

        var results = Load(_root);

        Assert.Equal(["Ingest", "xunit.core"], results.Select(r => r.Name));
        Assert.All(results, r => Assert.Equal("plugin.not-a-plugin", r.Diagnostics[0].Code));
        Assert.Contains("does not reference Ingest.Abstractions", results[1].Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("has no [assembly: IngestPlugin(typeof(...))] attribute", results[0].Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_of_the_contracts_in_a_plugin_folder_is_not_loaded()
    {
        CopyInto("Ingest.Abstractions", typeof(IIngestPlugin).Assembly.Location);

        var result = Assert.Single(Load(_root));

        Assert.Equal("plugin.not-a-plugin", result.Diagnostics[0].Code);
        Assert.Contains("contract assembly the host provides", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_diagnostics_name_the_plugins_stage_and_folder()
    {
        Directory.CreateDirectory(Path.Combine(_root, "empty"));

        var diagnostic = Assert.Single(Load(_root)).Diagnostics[0];

        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("plugins", diagnostic.Stage);
        Assert.Equal(Path.Combine(_root, "empty"), diagnostic.Location);
    }
}
