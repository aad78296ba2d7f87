using System.Text.Json;

namespace Ingest.ConsoleHost;

/// <summary>
/// The sources already written to a JSON Lines output file, so a resumed run can skip them. A source counts as done
/// when its last record is not a transient failure (a time-out, an open circuit, a server error): those are tried
/// again. Sources are compared by their URI as written, which keeps a file's real name (<c>pct%41.txt</c> is written
/// as <c>pct%2541.txt</c> and never confused with <c>pctA.txt</c>).
/// </summary>
internal static class ResumeLog
{
    /// <summary>
    /// Cuts a torn last line (a run killed mid-record) so that appending starts on a line of its own; returns the
    /// number of bytes cut.
    /// </summary>
    public static long RepairTornLastLine(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        var length = file.Length;
        if (length == 0 || LastByte(file, length) == '\n')
        {
            return 0;
        }

        var keep = LastLineFeedBefore(file, length) + 1;
        file.SetLength(keep);
        return length - keep;
    }

    public static HashSet<string> ReadCompletedSources(string path)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return done;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (Read(line) is not var (source, retry) || source is null)
            {
                continue;
            }

            // The last record of a source decides: a retried document is appended after its failed record.
            if (retry)
            {
                done.Remove(source);
            }
            else
            {
                done.Add(source);
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

    private static (string? Source, bool Retry)? Read(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("source", out var source) || source.GetString() is not { } uri)
            {
                return null;
            }

            var failed = root.TryGetProperty("status", out var status) && status.GetString() == "failed";
            return (uri, failed && HasTransientDiagnostic(root));
        }
        catch (JsonException)
        {
            // A line cut short (by a run that was killed) does not count as done.
            return null;
        }
    }

    private static bool HasTransientDiagnostic(JsonElement root)
    {
        if (!root.TryGetProperty("diagnostics", out var diagnostics) || diagnostics.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var diagnostic in diagnostics.EnumerateArray())
        {
            if (diagnostic.TryGetProperty("transient", out var transient) && transient.ValueKind == JsonValueKind.True)
            {
                return true;
            }
        }

        return false;
    }

    private static int LastByte(FileStream file, long length)
    {
        file.Position = length - 1;
        return file.ReadByte();
    }

    private static long LastLineFeedBefore(FileStream file, long end)
    {
        var buffer = new byte[64 * 1024];
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            file.Position = start;
            file.ReadExactly(buffer, 0, (int)(end - start));
            var index = Array.LastIndexOf(buffer, (byte)'\n', (int)(end - start) - 1);
            if (index >= 0)
            {
                return start + index;
            }

            end = start;
        }

        return -1;
    }
}
