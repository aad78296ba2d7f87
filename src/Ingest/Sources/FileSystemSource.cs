using Ingest.Sources.Files;
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

    /// <summary>
    /// Whether symbolic links that lead outside the input root are followed. Default: <see langword="false"/>; such a
    /// link yields a failed result with <c>source.outside-root</c>.
    /// </summary>
    public bool FollowLinksOutsideRoot { get; init; }

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

        var walk = new DirectoryWalk(_root, _segments, FollowLinksOutsideRoot);
        foreach (var document in walk.Enumerate())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return document;
        }
    }
}
