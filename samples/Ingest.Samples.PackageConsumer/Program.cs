using System.Reflection;
using Ingest;
using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;

// Ingests the documents at the given paths (files, folders or globs) with the packaged runtime and prints a summary.
// With --isolated-plugins=<folder>, the plugins in that folder are loaded with PluginIsolation.Process: their readers
// run in the worker that the Ingest.PluginWorker package copied next to this application.
// Exit code: 0 when every document succeeded (and every plugin loaded), 1 when one did not (or none was found),
// 2 for a usage error.
const string IsolatedPluginsOption = "--isolated-plugins=";
var plugins = args.FirstOrDefault(a => a.StartsWith(IsolatedPluginsOption, StringComparison.Ordinal))?[IsolatedPluginsOption.Length..];
args = args.Where(a => !a.StartsWith(IsolatedPluginsOption, StringComparison.Ordinal)).ToArray();
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Ingest.Samples.PackageConsumer [--isolated-plugins=<folder>] <files | folders | globs>");
    return 2;
}

var services = new ServiceCollection();
services.AddIngest(b =>
{
    b.AddTextReader()
        .AddHtmlReader()
        .AddPdfReader()
        .AddDateNormalizer()
        .AddNumberNormalizer()
        .AddNameNormalizer()
        .AddHttpSource()
        .Configure(o => o.MaxDegreeOfParallelism = 2);
    if (plugins is not null)
    {
        b.AddPlugins(plugins, PluginIsolation.Process);
    }
});

await using var provider = services.BuildServiceProvider();
var pluginsFailed = 0;
foreach (var plugin in provider.GetServices<PluginLoadResult>())
{
    pluginsFailed += plugin.Status == PluginLoadStatus.Loaded ? 0 : 1;
    Console.WriteLine($"plugin {plugin.Name}: {plugin.Status}, readers {string.Join(", ", plugin.Readers)}");
    foreach (var diagnostic in plugin.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
    {
        Console.WriteLine($"     {diagnostic.Code}: {diagnostic.Message}");
    }
}

var ingestion = provider.GetRequiredService<IIngestionService>();

var runtime = typeof(IIngestionService).Assembly;
Console.WriteLine($"Ingest.Abstractions {Version(runtime)} from {runtime.Location}");
Console.WriteLine($"Ingest {Version(typeof(IngestOptions).Assembly)} from {typeof(IngestOptions).Assembly.Location}");

var documents = 0;
var failed = 0;
await foreach (var result in ingestion.IngestFilesAsync(args))
{
    documents++;
    var document = result.Document;
    var words = document?.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length ?? 0;
    var ok = result.Status == IngestStatus.Succeeded && words > 0;
    failed += ok ? 0 : 1;
    Console.WriteLine(
        $"{(ok ? "ok  " : "FAIL")} {Path.GetFileName(result.Source.LocalPath)}: {result.Status}, reader {result.Reader ?? "-"}, " +
        $"{document?.Blocks.Count ?? 0} blocks, {words} words, title \"{document?.Metadata.Title}\", published {document?.Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
    foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
    {
        Console.WriteLine($"     {diagnostic.Code}: {diagnostic.Message}");
    }
}

Console.WriteLine($"{documents} documents, {failed} failed");
return documents > 0 && failed == 0 && pluginsFailed == 0 ? 0 : 1;

static string Version(Assembly assembly)
    => assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "?";
