using Ingest;
using Ingest.ConsoleHost;
using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;

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

await using var provider = services.BuildServiceProvider();
PluginReport.Write(provider.GetServices<PluginLoadResult>(), Console.Error);
var inputs = commandLine.Inputs.Count > 0 ? commandLine.Inputs : HostComposition.BundledFixtures();
if (inputs.Count == 0)
{
    Console.Error.WriteLine("ingest: no inputs given and no bundled fixtures found next to the host");
    return 2;
}

var sources = new List<IDocumentSource>();
var providers = provider.GetServices<ISourceProvider>().ToList();
var missing = 0;
foreach (var input in inputs)
{
    var source = providers.Select(p => p.TryCreate(input)).FirstOrDefault(s => s is not null);
    if (source is null)
    {
        Console.Error.WriteLine($"ingest: no source handles '{input}' (URLs need an HTTP source to be registered)");
        missing++;
    }
    else if (source is FileSystemSource files && !files.Exists)
    {
        Console.Error.WriteLine($"ingest: path not found: {input}");
        missing++;
    }
    else
    {
        sources.Add(source);
    }
}

if (sources.Count == 0)
{
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

if (commandLine.Resume && ResumeLog.RepairTornLastLine(commandLine.OutputPath!) is > 0 and var cut)
{
    Console.Error.WriteLine($"ingest: the last record in {commandLine.OutputPath} was cut short ({cut} bytes); it was removed and its document is read again");
}

var completed = commandLine.Resume ? ResumeLog.ReadCompletedSources(commandLine.OutputPath!) : new HashSet<string>();
if (completed.Count > 0)
{
    Console.Error.WriteLine($"ingest: resuming; {completed.Count} documents already in {commandLine.OutputPath} are skipped");
}

await using var output = commandLine.OutputPath is { } path
    ? new JsonLinesWriter(new FileStream(path, commandLine.Resume ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read))
    : commandLine.JsonToStdout || commandLine.Inputs.Count == 0 ? new JsonLinesWriter(Console.OpenStandardOutput()) : null;
var table = new SummaryTable();
var writeFailures = 0;
var clock = System.Diagnostics.Stopwatch.StartNew();
var progress = !Console.IsErrorRedirected;
var service = provider.GetRequiredService<IIngestionService>();
try
{
    var documents = ResumeLog.Skip(IngestionServiceExtensions.Concat(sources, cancel.Token), completed);
    await foreach (var result in service.IngestAsync(documents, cancel.Token))
    {
        table.Add(result);
        if (output is not null)
        {
            try
            {
                await output.WriteAsync(result, cancel.Token);
            }
            catch (IOException ex)
            {
                // The writer turns a record it cannot serialize into a failed record; this is the output itself failing.
                Console.Error.WriteLine($"ingest: writing the record of {result.Source} failed: {ex.Message}");
                writeFailures++;
            }
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

return table.Failed > 0 || missing > 0 || writeFailures > 0 || cancel.IsCancellationRequested ? 1 : 0;
