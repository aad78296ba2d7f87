using System.IO.Enumeration;
using System.Runtime.CompilerServices;

namespace Ingest;

/// <summary>
/// Files on disk: a single file, a directory (all files below it), or a glob pattern such as
/// <c>docs/*.txt</c> or <c>corpus/**/*.pdf</c> (<c>*</c> and <c>?</c> within a name, <c>**</c> for any depth).
/// Files are enumerated lazily, in ordinal order of their paths within each directory.
/// </summary>
public sealed class FileSystemSource : IDocumentSource
{
    private readonly string _root;
    private readonly string[] _segments;
    private readonly bool _singleFile;

    /// <summary>Creates a source for <paramref name="location"/>: a file, a directory or a glob.</summary>
    /// <param name="location">The path or pattern.</param>
    public FileSystemSource(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var normalized = location.Replace('\\', '/');
        var wildcard = normalized.IndexOfAny(['*', '?']);
        if (wildcard < 0)
        {
            _root = Path.GetFullPath(location);
            _singleFile = File.Exists(_root);
            _segments = ["**", "*"];
            return;
        }

        var slash = normalized.LastIndexOf('/', wildcard);
        var root = slash < 0 ? "." : normalized[..slash];
        _root = Path.GetFullPath(root.Length == 0 ? "/" : root);
        _segments = normalized[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The directory enumeration starts from (or the file, for a single file).</summary>
    public string Root => _root;

    /// <summary>Whether the location names something that exists.</summary>
    public bool Exists => _singleFile || Directory.Exists(_root);

    /// <summary>Whether <paramref name="location"/> contains glob wildcards.</summary>
    /// <param name="location">A path or pattern.</param>
    public static bool IsPattern(string location) => location.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceDocument> GetDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        if (_singleFile)
        {
            yield return new FileSourceDocument(_root);
            yield break;
        }

        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"The directory '{_root}' does not exist.");
        }

        foreach (var path in Enumerate(_root, 0))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new FileSourceDocument(path);
        }
    }

    // Walks the directory tree matching one pattern segment per level; "**" matches zero or more levels.
    private IEnumerable<string> Enumerate(string directory, int segment)
    {
        if (segment >= _segments.Length)
        {
            yield break;
        }

        var pattern = _segments[segment];
        var last = segment == _segments.Length - 1;
        if (pattern == "**")
        {
            foreach (var path in Enumerate(directory, segment + 1))
            {
                yield return path;
            }

            foreach (var sub in SortedEntries(directory, directories: true))
            {
                foreach (var path in Enumerate(sub, segment))
                {
                    yield return path;
                }
            }

            yield break;
        }

        foreach (var entry in SortedEntries(directory, directories: !last))
        {
            if (FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(entry), ignoreCase: !OperatingSystem.IsLinux()))
            {
                if (last)
                {
                    yield return entry;
                }
                else
                {
                    foreach (var path in Enumerate(entry, segment + 1))
                    {
                        yield return path;
                    }
                }
            }
        }
    }

    private static string[] SortedEntries(string directory, bool directories)
    {
        try
        {
            var entries = directories ? Directory.GetDirectories(directory) : Directory.GetFiles(directory);
            Array.Sort(entries, StringComparer.Ordinal);
            return entries;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            // An unreadable subdirectory is skipped rather than ending the whole enumeration.
            return [];
        }
    }
}
