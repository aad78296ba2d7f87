using Ingest.Plugins;

namespace Ingest.ConsoleHost;

/// <summary>Prints what each plugin folder contributed, or why it was skipped, on standard error.</summary>
internal static class PluginReport
{
    public static void Write(IEnumerable<PluginLoadResult> results, TextWriter writer)
    {
        foreach (var result in results)
        {
            if (result.Status == PluginLoadStatus.Loaded)
            {
                var readers = result.Readers.Count == 0 ? "-" : string.Join(", ", result.Readers);
                var normalizers = result.Normalizers.Count == 0 ? "-" : string.Join(", ", result.Normalizers);
                writer.WriteLine($"plugin {result.Name}: loaded (readers: {readers}; normalizers: {normalizers})");
                continue;
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                writer.WriteLine($"plugin {result.Name}: skipped: {diagnostic.Code}: {diagnostic.Message}");
            }
        }
    }
}
