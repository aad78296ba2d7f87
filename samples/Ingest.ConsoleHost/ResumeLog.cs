using System.Text.Json;

namespace Ingest.ConsoleHost;

/// <summary>The sources already written to a JSON Lines output file, so a resumed run can skip them.</summary>
internal static class ResumeLog
{
    public static HashSet<string> ReadCompletedSources(string path)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return done;
        }

        foreach (var line in File.ReadLines(path))
        {
            // The last line of an interrupted run may be cut short; it is simply not counted as done.
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("source", out var source) && source.GetString() is { } uri)
                {
                    done.Add(uri);
                }
            }
            catch (JsonException)
            {
            }
        }

        return done;
    }

    public static async IAsyncEnumerable<SourceDocument> Skip(IAsyncEnumerable<SourceDocument> sources, HashSet<string> done)
    {
        await foreach (var source in sources)
        {
            if (!done.Contains(source.Uri.ToString()))
            {
                yield return source;
            }
        }
    }
}
