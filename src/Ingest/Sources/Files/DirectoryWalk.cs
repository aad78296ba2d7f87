using System.IO.Enumeration;

namespace Ingest.Sources.Files;

/// <summary>
/// Walks a directory tree matching one glob segment per level (<c>**</c> matches zero or more levels), in ordinal
/// order within each directory. Every directory is entered once by its real path, so symbolic link loops end;
/// links that leave the root are not followed unless asked; and every entry that is not read (a loop, a link out of
/// the root, a dangling link, a directory that cannot be listed such as one past the system's path length) yields a
/// refused document, so it is reported instead of silently missing.
/// </summary>
internal sealed class DirectoryWalk
{
    private readonly string[] _segments;
    private readonly string _realRoot;
    private readonly bool _followOutside;
    private readonly HashSet<string> _entered = new(StringComparer.Ordinal);

    public DirectoryWalk(string root, string[] segments, bool followOutside)
    {
        _segments = segments;
        _followOutside = followOutside;
        _realRoot = RealPath.Resolve(root) ?? root;
        Root = root;
    }

    public string Root { get; }

    public IEnumerable<SourceDocument> Enumerate()
    {
        _entered.Add(_realRoot);
        return Walk(Root, 0);
    }

    private IEnumerable<SourceDocument> Walk(string directory, int segment)
    {
        if (segment >= _segments.Length)
        {
            yield break;
        }

        var pattern = _segments[segment];
        var last = segment == _segments.Length - 1;
        var listing = List(directory);
        if (listing.Refusal is { } refusal)
        {
            yield return refusal;
            yield break;
        }

        if (pattern == "**")
        {
            foreach (var document in Walk(directory, segment + 1))
            {
                yield return document;
            }

            foreach (var document in Descend(listing.Directories, segment, matchName: null))
            {
                yield return document;
            }

            yield break;
        }

        if (last)
        {
            foreach (var file in listing.Files)
            {
                if (Matches(pattern, file.Name))
                {
                    yield return Admit(file);
                }
            }

            yield break;
        }

        foreach (var document in Descend(listing.Directories, segment + 1, pattern))
        {
            yield return document;
        }
    }

    private IEnumerable<SourceDocument> Descend(IEnumerable<FileSystemInfo> directories, int segment, string? matchName)
    {
        foreach (var sub in directories)
        {
            if (matchName is not null && !Matches(matchName, sub.Name))
            {
                continue;
            }

            var real = LinkOf(sub) is null ? Path.Join(ParentReal(sub), sub.Name) : RealPath.Resolve(sub.FullName);
            if (Refuse(sub, real) is { } refused)
            {
                yield return refused;
                continue;
            }

            if (!_entered.Add(real!))
            {
                yield return new RefusedFileDocument(sub.FullName, "source.symlink-loop",
                    $"'{sub.FullName}' leads to '{real}', a directory already walked; it is not walked again.");
                continue;
            }

            foreach (var document in Walk(sub.FullName, segment))
            {
                yield return document;
            }
        }
    }

    private SourceDocument Admit(FileSystemInfo file)
    {
        if (LinkOf(file) is not null && Refuse(file, RealPath.Resolve(file.FullName)) is { } refused)
        {
            return refused;
        }

        return new FileSourceDocument(file.FullName);
    }

    private RefusedFileDocument? Refuse(FileSystemInfo entry, string? real)
    {
        if (real is null)
        {
            return new RefusedFileDocument(entry.FullName, "source.broken-link",
                $"'{entry.FullName}' is a symbolic link that leads nowhere or into a cycle of links.");
        }

        if (!_followOutside && !RealPath.IsUnder(real, _realRoot))
        {
            return new RefusedFileDocument(entry.FullName, "source.outside-root",
                $"'{entry.FullName}' is a symbolic link to '{real}', outside the input folder '{_realRoot}'; it is not followed (FileSystemSource.FollowLinksOutsideRoot).");
        }

        return null;
    }

    // The real path of an entry's parent: the walk only enters directories by their real path or below one.
    private string ParentReal(FileSystemInfo entry)
    {
        var parent = Path.GetDirectoryName(entry.FullName) ?? Root;
        return RealPath.Resolve(parent) ?? parent;
    }

    private static string? LinkOf(FileSystemInfo entry)
    {
        try
        {
            return entry.LinkTarget;
        }
        catch (IOException)
        {
            // Past the system's path length the link cannot be read; opening the entry reports why.
            return null;
        }
    }

    private static bool Matches(string pattern, string name)
        => FileSystemName.MatchesSimpleExpression(pattern, name, ignoreCase: !OperatingSystem.IsLinux());

    private static Listing List(string directory)
    {
        try
        {
            var entries = new DirectoryInfo(directory).GetFileSystemInfos();
            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.FullName, b.FullName));
            var directories = new List<FileSystemInfo>();
            var files = new List<FileSystemInfo>();
            foreach (var entry in entries)
            {
                // A link counts as what it leads to; a dangling link as a file, so it is reported.
                var isDirectory = LinkOf(entry) is null
                    ? (entry.Attributes & FileAttributes.Directory) != 0
                    : Directory.Exists(entry.FullName);
                (isDirectory ? directories : files).Add(entry);
            }

            return new Listing(directories, files, null);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return new Listing([], [], new RefusedFileDocument(directory, "source.directory-unreadable",
                $"The directory '{directory}' could not be listed, so the files in it were not read: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    private sealed record Listing(List<FileSystemInfo> Directories, List<FileSystemInfo> Files, RefusedFileDocument? Refusal);
}
