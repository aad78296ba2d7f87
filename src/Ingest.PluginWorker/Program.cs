using Ingest.Plugins.Isolation;

// Standard output carries the protocol: whatever the plugin writes to the console goes to standard error instead.
var protocol = Console.OpenStandardOutput();
Console.SetOut(Console.Error);
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: dotnet Ingest.PluginWorker.dll <plugin folder>");
    return 2;
}

return await PluginWorker.RunAsync(args[0], Console.OpenStandardInput(), protocol);
