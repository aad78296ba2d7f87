namespace Ingest;

/// <summary>
/// A document found inside a container (an archive entry, an e-mail attachment), already extracted within the
/// container reader's limits. Its identity is the parent's identity followed by its path inside the parent
/// (<c>file:///data/a.zip/docs/report.docx</c>), so its extension is the entry's own.
/// </summary>
public sealed class ChildSourceDocument : SourceDocument
{
    private readonly ReadOnlyMemory<byte> _content;

    /// <summary>Creates a child document.</summary>
    /// <param name="parent">The identity of the container.</param>
    /// <param name="path">The path of the child inside the container, with <c>/</c> separators.</param>
    /// <param name="content">The child's bytes.</param>
    public ChildSourceDocument(Uri parent, string path, ReadOnlyMemory<byte> content)
        : base(ChildUri(parent, path))
    {
        Parent = parent;
        Path = path;
        _content = content;
        Length = content.Length;
    }

    /// <summary>The identity of the container the child was found in.</summary>
    public Uri Parent { get; }

    /// <summary>The path of the child inside its container, with <c>/</c> separators.</summary>
    public string Path { get; }

    /// <summary>How deep the child is: 1 for a child of a top-level document, 2 for a child of a child.</summary>
    public int Depth { get; init; } = 1;

    /// <inheritdoc />
    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult<Stream>(new MemoryStream(_content.ToArray(), writable: false));

    /// <summary>The identity of a child: the parent's identity with the escaped path segments appended.</summary>
    /// <param name="parent">The identity of the container.</param>
    /// <param name="path">The path inside the container.</param>
    public static Uri ChildUri(Uri parent, string path)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var escaped = string.Join('/', segments.Select(Uri.EscapeDataString));
        var baseText = parent.IsAbsoluteUri ? parent.GetLeftPart(UriPartial.Path) : parent.OriginalString;
        return new Uri(baseText.TrimEnd('/') + "/" + escaped, parent.IsAbsoluteUri ? UriKind.Absolute : UriKind.RelativeOrAbsolute);
    }
}
