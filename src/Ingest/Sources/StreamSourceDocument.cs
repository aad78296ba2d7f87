namespace Ingest;

/// <summary>
/// A stream the caller already has (an upload, a pipe) as a source document. It can be opened once: the pipeline
/// reads it to the end and disposes it.
/// </summary>
public sealed class StreamSourceDocument : SourceDocument
{
    private Stream? _stream;

    /// <summary>Creates a source document over <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream, positioned at the start of the content.</param>
    /// <param name="uri">The identity to report.</param>
    public StreamSourceDocument(Stream stream, Uri uri)
        : base(uri)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        Length = stream.CanSeek ? stream.Length - stream.Position : null;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The stream was already opened.</exception>
    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stream = Interlocked.Exchange(ref _stream, null)
            ?? throw new InvalidOperationException($"The stream of {Uri} has already been opened; a stream source can be read once.");
        return ValueTask.FromResult(stream);
    }
}
