using Ingest;
using Ingest.ConsoleHost;
using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

if (args.Length > 0 && args[0] == "query")
{
    return QueryCommand.Run(args[1..], Console.Out, Console.Error);
}

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
    ingest.AddPlugins(pluginDirectory, commandLine.InProcessPlugins ? PluginIsolation.InProcess : PluginIsolation.Process);
}

ingest.Configure(o =>
{
    o.ReferenceDate = commandLine.ReferenceDate;
    o.EnsureOrdered = !commandLine.Unordered;
    if (commandLine.Parallelism is { } n)
    {
        o.MaxDegreeOfParallelism = n;
    }

    if (commandLine.Timeout is { } t)
    {
        o.DocumentTimeout = t;
    }

    if (commandLine.Depth is { } depth)
    {
        o.Containers.ExpandChildren = depth > 0;
        o.Containers.MaxDepth = Math.Max(1, depth);
    }
});

if (commandLine.Resume && ResumeLog.RepairTornLastLine(commandLine.OutputPath!) is > 0 and var cut)
{
    Console.Error.WriteLine($"ingest: the last record in {commandLine.OutputPath} was cut short ({cut} bytes); it was removed and its document is read again");
}

var (completed, writtenChildren) = commandLine.Resume
    ? ResumeLog.ReadCompleted(commandLine.OutputPath!)
    : (new HashSet<string>(), new HashSet<string>());
if (completed.Count > 0)
{
    Console.Error.WriteLine($"ingest: resuming; {completed.Count} documents already in {commandLine.OutputPath} are skipped");
}

// On --resume the JSON Lines file is appended to, without the children of an interrupted container written twice.
await using var resumeSink = commandLine.Resume && commandLine.Format == OutputFormat.JsonLines
    ? new ResumeChildFilterSink(
        new JsonLinesWriter(new FileStream(commandLine.OutputPath!, FileMode.Append, FileAccess.Write, FileShare.Read)),
        writtenChildren)
    : null;

// The pipeline writes every result to the output sink; a JSON Lines file is opened when the pipeline is first resolved.
var outputStream = commandLine.OutputPath is not null
    ? null
    : commandLine.JsonToStdout || commandLine.Inputs.Count == 0 || commandLine.Format != OutputFormat.JsonLines ? Console.OpenStandardOutput() : null;
if (commandLine.Format != OutputFormat.JsonLines && (commandLine.OutputPath is not null || outputStream is not null))
{
    var target = outputStream ?? new FileStream(commandLine.OutputPath!, FileMode.Create, FileAccess.Write, FileShare.Read);
    ingest.AddSink(new RenderingSink(target, commandLine.Format));
}
else if (resumeSink is not null)
{
    ingest.AddSink(resumeSink);
}
else if (commandLine.OutputPath is { } jsonPath)
{
    ingest.AddJsonLinesSink(jsonPath);
}
else if (outputStream is not null)
{
    ingest.AddJsonLinesSink(outputStream);
}

if (commandLine.DatabasePath is { } database)
{
    ingest.AddChunking().AddSqliteStore(database);
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
    // Without --resume nothing is skipped: the resolved sources go straight to the pipeline.
    var resolved = service.ResolveLocationsAsync(inputs, cancel.Token);
    var documents = completed.Count > 0 ? ResumeLog.Skip(resolved, completed) : resolved;
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
if (resumeSink is { Skipped: > 0 } resumed)
{
    Console.Error.WriteLine($"ingest: resuming; {resumed.Skipped} documents inside containers were already in {commandLine.OutputPath} and were not written again");
}

if (commandLine.DatabasePath is not null)
{
    var store = provider.GetRequiredService<Ingest.Store.Sqlite.SqliteDocumentStore>();
    var removed = inputs.Where(Directory.Exists).Sum(d => store.MarkUnseenAsRemoved(new Uri(Path.GetFullPath(d))));
    Console.Error.WriteLine($"database {store.Path}: {store.Counts.Added} added, {store.Counts.Replaced} replaced, {store.Counts.Unchanged} unchanged, {removed} marked removed");
}

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
