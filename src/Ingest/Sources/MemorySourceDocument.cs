using System.Runtime.InteropServices;

namespace Ingest;

/// <summary>An in-memory buffer as a source document.</summary>
public sealed class MemorySourceDocument : SourceDocument
{
    private readonly ReadOnlyMemory<byte> _content;

    /// <summary>Creates a source document over <paramref name="content"/>.</summary>
    /// <param name="content">The bytes; not copied, so do not change them while the document is read.</param>
    /// <param name="uri">The identity to report; defaults to a unique <c>memory:</c> URI.</param>
    public MemorySourceDocument(ReadOnlyMemory<byte> content, Uri? uri = null)
        : base(uri ?? new Uri("memory:" + Guid.NewGuid().ToString("N")))
    {
        _content = content;
        Length = content.Length;
    }

    /// <inheritdoc />
    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Stream stream = MemoryMarshal.TryGetArray(_content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(_content.ToArray(), writable: false);
        return ValueTask.FromResult(stream);
    }
}
