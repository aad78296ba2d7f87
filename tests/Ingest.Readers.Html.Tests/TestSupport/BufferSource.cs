namespace Ingest.Readers.Html.Tests.TestSupport;

/// <summary>A source document over bytes in memory.</summary>
internal sealed class BufferSource : SourceDocument
{
    private readonly byte[] _bytes;

    public BufferSource(Uri uri, byte[] bytes)
        : base(uri)
    {
        _bytes = bytes;
    }

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult<Stream>(new MemoryStream(_bytes, writable: false));
}
