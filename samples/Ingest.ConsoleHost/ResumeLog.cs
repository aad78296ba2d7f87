using System.Text.Json;

namespace Ingest.ConsoleHost;

/// <summary>
/// The sources already written to a JSON Lines output file, so a resumed run can skip them. A source counts as done
/// when its last record is not a transient failure (a time-out, an open circuit, a server error): those are tried
/// again. Sources are compared by their URI as written, which keeps a file's real name (<c>pct%41.txt</c> is written
/// as <c>pct%2541.txt</c> and never confused with <c>pctA.txt</c>).
/// A document inside a container is written before the container, so a run interrupted between the two leaves
/// children whose container is not done. A child is known by its parent and its path inside it (<see cref="ChildKey"/>):
/// the container is read again, and <see cref="ResumeChildFilterSink"/> keeps its written children from being written twice.
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

    /// <summary>The identity of a document inside a container: its parent's URI and its path inside it.</summary>
    public static string ChildKey(string parent, string pathInParent) => parent + "\n" + pathInParent;

    /// <summary>Reads the output file: the top-level sources that are done, and the children already written.</summary>
    public static (HashSet<string> Sources, HashSet<string> Children) ReadCompleted(string path)
    {
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var children = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return (sources, children);
        }

        foreach (var line in File.ReadLines(path))
        {
            if (Read(line) is not var (key, isChild, retry) || key is null)
            {
                continue;
            }

            // The last record of a document decides: a retried document is appended after its failed record.
            var done = isChild ? children : sources;
            if (retry)
            {
                done.Remove(key);
            }
            else
            {
                done.Add(key);
            }
        }

        return (sources, children);
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

    private static (string? Key, bool IsChild, bool Retry)? Read(string line)
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
            var retry = failed && HasTransientDiagnostic(root);
            if (root.TryGetProperty("parent", out var parent) && parent.GetString() is { } parentUri
                && root.TryGetProperty("pathInParent", out var path) && path.GetString() is { } pathInParent)
            {
                return (ChildKey(parentUri, pathInParent), true, retry);
            }

            return (uri, false, retry);
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
