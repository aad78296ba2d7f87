using System.Runtime.Loader;
using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Samples.Tests.Plugins;

public sealed class FolderPluginLoadingTests
{
    // These tests look at plugin types inside the host, so they opt in to in-process loading (the default is a worker).
    private static (ServiceProvider Provider, List<PluginLoadResult> Results) Load(string directory)
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddPlugins(directory, PluginIsolation.InProcess));
        var provider = services.BuildServiceProvider();
        return (provider, provider.GetServices<PluginLoadResult>().ToList());
    }

    [Fact]
    public async Task Sample_plugin_from_a_folder_reads_csv_and_adds_email_entities()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("Ingest.Samples.Plugin");
        var (provider, results) = Load(folder.Path);
        await using var _ = provider;

        var result = Assert.Single(results);
        Assert.Equal(PluginLoadStatus.Loaded, result.Status);
        Assert.Equal("samples", result.Name);
        Assert.Equal(["CsvReader"], result.Readers);
        Assert.Equal(["EmailNormalizer"], result.Normalizers);

        var csv = "Name,Email\nAda,ada@example.org\n"u8.ToArray();
        var source = new MemorySourceDocument(csv, new Uri("memory:/people.csv"));
        var document = await provider.GetRequiredService<IIngestionService>().IngestAsync(source);
        Assert.Equal("csv", document.Reader);
        Assert.Equal("text/csv", document.MediaType);
        Assert.Equal(["emails"], document.Normalizers);
        Assert.Equal("Name: Ada; Email: ada@example.org", document.Document!.Text);
        var email = Assert.Single(document.Document.Entities);
        Assert.Equal("email", email.Type);
        Assert.Equal("ada@example.org", email.Text);
    }

    [Fact]
    public void Plugin_types_live_in_their_own_load_context_but_implement_the_host_contracts()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("Ingest.Samples.Plugin");
        var (provider, _) = Load(folder.Path);
        using var __ = provider;

        var registration = Assert.Single(provider.GetServices<ReaderRegistration>());
        var reader = registration.Factory(provider);
        var context = AssemblyLoadContext.GetLoadContext(reader.GetType().Assembly);
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.StartsWith("Ingest plugin", context!.Name, StringComparison.Ordinal);
        Assert.Same(typeof(IDocumentReader).Assembly, reader.GetType().GetInterface(nameof(IDocumentReader))!.Assembly);
    }

    [Fact]
    public void Private_dependency_is_resolved_from_the_plugin_folder()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("DependentPlugin");
        var (provider, results) = Load(folder.Path);
        using var _ = provider;

        var result = Assert.Single(results);
        Assert.Equal(PluginLoadStatus.Loaded, result.Status);
        Assert.Equal("dependent", result.Name);
        var normalizer = Assert.Single(provider.GetServices<NormalizerRegistration>()).Factory(provider);
        Assert.Equal("shouted", normalizer.Name);
        var helper = AssemblyLoadContext.GetLoadContext(normalizer.GetType().Assembly)!.Assemblies.Single(a => a.GetName().Name == "DependentPlugin.Helper");
        Assert.StartsWith(folder.Path, helper.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_dependency_is_reported_by_plugin_name_and_the_other_plugins_still_load()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("DependentPlugin", exclude: "DependentPlugin.Helper.dll");
        folder.Add("Ingest.Samples.Plugin");
        var (provider, results) = Load(folder.Path);
        using var _ = provider;

        var failed = results.Single(r => r.Name == "DependentPlugin");
        Assert.Equal(PluginLoadStatus.Failed, failed.Status);
        var diagnostic = Assert.Single(failed.Diagnostics);
        Assert.Equal("plugin.missing-dependency", diagnostic.Code);
        Assert.Contains("'DependentPlugin'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("DependentPlugin.Helper", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(PluginLoadStatus.Loaded, results.Single(r => r.Name == "samples").Status);
        Assert.Single(provider.GetServices<NormalizerRegistration>());
    }

    [Fact]
    public void Exception_in_registration_is_reported_and_its_partial_registrations_are_removed()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("ThrowingPlugin");
        folder.Add("Ingest.Samples.Plugin");
        var (provider, results) = Load(folder.Path);
        using var _ = provider;

        var failed = results.Single(r => r.Name == "ThrowingPlugin");
        var diagnostic = Assert.Single(failed.Diagnostics);
        Assert.Equal("plugin.registration-failed", diagnostic.Code);
        Assert.Contains("'ThrowingPlugin'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("the licence key is missing", diagnostic.Message, StringComparison.Ordinal);
        var normalizers = provider.GetServices<NormalizerRegistration>().Select(n => n.NormalizerType.Name).ToList();
        Assert.Equal(["EmailNormalizer"], normalizers);
    }

    [Fact]
    public void Plugin_whose_configure_never_returns_is_skipped_and_the_others_still_load()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("HangingPlugin");
        folder.Add("Ingest.Samples.Plugin");
        var (provider, results) = Load(folder.Path);
        using var _ = provider;

        var hanging = results.Single(r => r.Name == "HangingPlugin");
        Assert.Equal(PluginLoadStatus.Failed, hanging.Status);
        var diagnostic = Assert.Single(hanging.Diagnostics);
        Assert.Equal("plugin.configure-timeout", diagnostic.Code);
        Assert.Contains("'HangingPlugin'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(PluginLoadStatus.Loaded, results.Single(r => r.Name == "samples").Status);
        Assert.Equal(["EmailNormalizer"], provider.GetServices<NormalizerRegistration>().Select(n => n.NormalizerType.Name));
    }

    [Fact]
    public void Plugin_built_against_another_major_contract_version_is_reported()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("FutureContractPlugin");
        var (provider, results) = Load(folder.Path);
        using var _ = provider;

        var diagnostic = Assert.Single(Assert.Single(results).Diagnostics);
        Assert.Equal("plugin.contract-mismatch", diagnostic.Code);
        Assert.Contains("'FutureContractPlugin'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("99.0.0.0", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(typeof(IIngestPlugin).Assembly.GetName().Version!.ToString(), diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_without_the_plugin_attribute_is_reported_as_not_a_plugin()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.AddFile(Path.Combine(TestPaths.StagedPlugin("DependentPlugin"), "DependentPlugin.Helper.dll"), "DependentPlugin.Helper");
        var (provider, results) = Load(folder.Path);
        using var _ = provider;

        var diagnostic = Assert.Single(Assert.Single(results).Diagnostics);
        Assert.Equal("plugin.not-a-plugin", diagnostic.Code);
        Assert.Contains("DependentPlugin.Helper.dll", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("IngestPlugin", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_plugin_in_two_folders_loads_once()
    {
        using var folder = new TemporaryPluginsFolder();
        folder.Add("Ingest.Samples.Plugin");
        folder.Add("Ingest.Samples.Plugin", "copy");
        var (provider, results) = Load(folder.Path);
        using var _ = provider;

        Assert.Equal([PluginLoadStatus.Loaded, PluginLoadStatus.Failed], results.Select(r => r.Status).Order());
        Assert.Equal("plugin.duplicate", results.Single(r => r.Status == PluginLoadStatus.Failed).Diagnostics[0].Code);
        Assert.Single(provider.GetServices<ReaderRegistration>());
    }
}
