namespace Ingest;

/// <summary>
/// How the pipeline opens containers (ZIP, EPUB, e-mail with attachments): every document inside one is ingested as a
/// child with a result of its own, emitted before its parent's.
/// </summary>
public sealed class ContainerOptions
{
    /// <summary>The largest <see cref="MaxDepth"/> accepted.</summary>
    public const int MaxDepthLimit = 32;

    /// <summary>
    /// Whether the documents inside a container read by an <see cref="IContainerReader"/> are ingested as children.
    /// When off, a container gives its own result only. Default: on.
    /// </summary>
    public bool ExpandChildren { get; set; } = true;

    /// <summary>
    /// How deep containers inside containers are opened, from 1 to <see cref="MaxDepthLimit"/>: with 3, the children of a
    /// document (depth 1), theirs (2) and theirs (3) are ingested; a container at depth 3 is not opened and says so with
    /// <c>container.depth-limit</c>. Default: 3.
    /// </summary>
    public int MaxDepth { get; set; } = 3;
}
