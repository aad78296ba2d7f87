namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>A source document over bytes in memory.</summary>
internal sealed class MemorySource : SourceDocument
{
    private readonly byte[] _data;

    public MemorySource(byte[] data, string name = "memory.pdf")
        : base(new Uri("file:///test/" + name)) => _data = data;

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult<Stream>(new MemoryStream(_data, writable: false));
}
