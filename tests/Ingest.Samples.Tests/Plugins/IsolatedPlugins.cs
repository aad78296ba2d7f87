using System.Text;
using Ingest.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Samples.Tests.Plugins;

/// <summary>Builds a pipeline over a plugins folder and runs documents through it, for the process-isolation tests.</summary>
internal static class IsolatedPlugins
{
    public static ServiceProvider Build(string plugins, PluginIsolation isolation, TimeSpan timeout, DateOnly? referenceDate = null)
    {
        var services = new ServiceCollection();
        services.AddIngest(b => b.AddTextReader().AddPlugins(plugins, isolation).Configure(o =>
        {
            o.DocumentTimeout = timeout;
            o.MaxDegreeOfParallelism = 1;
            o.ReferenceDate = referenceDate;
        }));
        return services.BuildServiceProvider();
    }

    public static MemorySourceDocument Ovf(string text, string name) => new(Encoding.UTF8.GetBytes(text), new Uri("memory:/" + name + ".ovf"));

    public static async Task<List<IngestResult>> RunAsync(ServiceProvider provider, params SourceDocument[] sources)
    {
        var results = new List<IngestResult>();
        await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync(sources))
        {
            results.Add(result);
        }

        return results.OrderBy(r => r.Index).ToList();
    }

    /// <summary>The JSON an entity writes for itself (its type, range, text and properties), to compare across processes.</summary>
    public static string Json(Entity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", entity.Type);
            writer.WriteNumber("start", entity.Start);
            writer.WriteNumber("length", entity.Length);
            writer.WriteString("text", entity.Text);
            entity.WriteProperties(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The ids of the running plugin worker processes serving <paramref name="pluginsFolder"/> (Linux: from /proc).</summary>
    public static List<int> WorkersOf(string pluginsFolder)
    {
        var ids = new List<int>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (commandLine.Contains("Ingest.PluginWorker.dll", StringComparison.Ordinal) && commandLine.Contains(pluginsFolder, StringComparison.Ordinal))
                {
                    ids.Add(id);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was being looked at.
            }
        }

        return ids;
    }
}
