namespace Ingest.Tests.Pipeline.Ordering;

/// <summary>A source whose declared length cannot be read: the getter throws, as a remote source's might.</summary>
internal sealed class ThrowingLengthSource() : SourceDocument(new Uri("memory:/no-length.txt"))
{
    public override long? Length
    {
        get => throw new IOException("the length could not be read");
        init { }
    }

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult<Stream>(new MemoryStream("never read"u8.ToArray()));
}
