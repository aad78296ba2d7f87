using System.Reflection;
using Ingest.Evaluation;

// Suites are discovered from this assembly so each one lives in its own file with no shared registry to edit.
var suites = typeof(IEvaluationSuite).Assembly.GetTypes()
    .Where(t => typeof(IEvaluationSuite).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
    .Select(t => (IEvaluationSuite)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Name, StringComparer.Ordinal)
    .ToList();

if (args.Length < 2 || suites.All(s => s.Name != args[0]))
{
    Console.Error.WriteLine("usage: dotnet run --project tests/Ingest.Evaluation -- <suite> <corpus-folder> [options]");
    foreach (var s in suites)
    {
        Console.Error.WriteLine($"  {s.Name,-10} {s.Description}");
    }

    return 2;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
var suite = suites.First(s => s.Name == args[0]);
return await suite.RunAsync(args[1], args.Skip(2).ToArray(), Console.Out, cts.Token);
