namespace Ingest.Tests.Reliability;

/// <summary>A source that declares its length and counts how often it is opened.</summary>
internal sealed class DeclaredLengthSourceDocument(Uri uri, long length) : SourceDocument(uri)
{
    public int Opened { get; private set; }

    public override long? Length => length;

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        Opened++;
        return ValueTask.FromResult<Stream>(new MemoryStream(new byte[16]));
    }
}
