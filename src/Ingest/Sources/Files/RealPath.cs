namespace Ingest.Sources.Files;

/// <summary>
/// The real path of an entry, every symbolic link along it resolved: the identity used to detect directory loops
/// and links that leave the input root. <see langword="null"/> for a dangling link or a link cycle.
/// </summary>
internal static class RealPath
{
    // As the kernel's ELOOP limit: more links than this on one path is a cycle.
    private const int MaxLinks = 40;

    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
            return target?.FullName ?? full;
        }

        var pending = new Stack<string>(Segments(full).Reverse());
        var current = "/";
        var links = 0;
        while (pending.Count > 0)
        {
            var segment = pending.Pop();
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? "/";
                continue;
            }

            var next = Path.Join(current, segment);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = "/";
            }

            foreach (var part in Segments(target).Reverse())
            {
                pending.Push(part);
            }
        }

        return Path.Exists(current) ? current : null;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> or below it (both real paths).</summary>
    public static bool IsUnder(string path, string root)
        => path == root
            || path.StartsWith(Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static IEnumerable<string> Segments(string path)
        => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".");
}
