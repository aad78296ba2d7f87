using Ingest;
using Ingest.ConsoleHost;
using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

var commandLine = CommandLine.Parse(args, out var usageError);
if (commandLine is null)
{
    Console.Error.WriteLine($"ingest: {usageError}");
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

if (commandLine.Help)
{
    Console.Out.WriteLine(CommandLine.Usage);
    return 0;
}

foreach (var pluginDirectory in commandLine.PluginDirectories)
{
    if (!Directory.Exists(pluginDirectory))
    {
        Console.Error.WriteLine($"ingest: plugins folder not found: {pluginDirectory}");
        return 2;
    }
}

var inputs = commandLine.Inputs.Count > 0 ? commandLine.Inputs : HostComposition.BundledFixtures();
if (inputs.Count == 0)
{
    Console.Error.WriteLine("ingest: no inputs given and no bundled fixtures found next to the host");
    return 2;
}

var services = new ServiceCollection();
var ingest = services.AddIngest(b => HostComposition.AddBuiltIns(b));
foreach (var pluginDirectory in commandLine.PluginDirectories)
{
    ingest.AddPlugins(pluginDirectory);
}

ingest.Configure(o =>
{
    o.ReferenceDate = commandLine.ReferenceDate;
    if (commandLine.Parallelism is { } n)
    {
        o.MaxDegreeOfParallelism = n;
    }

    if (commandLine.Timeout is { } t)
    {
        o.DocumentTimeout = t;
    }
});

if (commandLine.Resume && ResumeLog.RepairTornLastLine(commandLine.OutputPath!) is > 0 and var cut)
{
    Console.Error.WriteLine($"ingest: the last record in {commandLine.OutputPath} was cut short ({cut} bytes); it was removed and its document is read again");
}

var completed = commandLine.Resume ? ResumeLog.ReadCompletedSources(commandLine.OutputPath!) : new HashSet<string>();
if (completed.Count > 0)
{
    Console.Error.WriteLine($"ingest: resuming; {completed.Count} documents already in {commandLine.OutputPath} are skipped");
}

// The pipeline writes every result to the JSON Lines sink; the file is opened when the pipeline is first resolved.
if (commandLine.OutputPath is { } path)
{
    ingest.AddJsonLinesSink(path, append: commandLine.Resume);
}
else if (commandLine.JsonToStdout || commandLine.Inputs.Count == 0)
{
    ingest.AddJsonLinesSink(Console.OpenStandardOutput());
}

await using var provider = services.BuildServiceProvider();
PluginReport.Write(provider.GetServices<PluginLoadResult>(), Console.Error);
IIngestionService service;
try
{
    _ = provider.GetRequiredService<IOptions<IngestOptions>>().Value;
    service = provider.GetRequiredService<IIngestionService>();
}
catch (OptionsValidationException ex)
{
    Console.Error.WriteLine($"ingest: {ex.Message}");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var table = new SummaryTable();
var clock = System.Diagnostics.Stopwatch.StartNew();
var progress = !Console.IsErrorRedirected;
var unresolved = 0;
try
{
    var documents = ResumeLog.Skip(service.ResolveLocationsAsync(inputs, cancel.Token), completed);
    await foreach (var result in service.IngestAsync(documents, cancel.Token))
    {
        table.Add(result);
        if (result.Diagnostics.Any(d => SourceDiagnosticCodes.IsLocationFailure(d.Code)))
        {
            unresolved++;
        }

        if (progress)
        {
            Console.Error.Write($"\r{table.Count} documents ingested…");
        }
    }
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine();
    Console.Error.WriteLine("ingest: cancelled; results so far were written");
}

if (progress)
{
    Console.Error.Write("\r");
}

table.Write(Console.Error);
if (commandLine.Stats)
{
    HostStatistics.Write(Console.Error, table, clock.Elapsed);
}

if (table.Count > 0 && unresolved == table.Count && !cancel.IsCancellationRequested)
{
    // Every input was a missing path, an empty folder or a pattern that matched nothing: nothing was ingested.
    Console.Error.WriteLine("ingest: nothing to ingest: no input named a document");
    return 2;
}

return table.Failed > 0 || cancel.IsCancellationRequested ? 1 : 0;
