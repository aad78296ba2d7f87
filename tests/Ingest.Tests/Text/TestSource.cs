namespace Ingest.Tests.Text;

/// <summary>An in-memory source document for reader tests.</summary>
internal sealed class TestSource : SourceDocument
{
    private readonly byte[] _content;

    public TestSource(byte[] content, string name = "test.txt")
        : base(new Uri("file:///tests/" + name))
    {
        _content = content;
        Length = content.Length;
    }

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => ValueTask.FromResult<Stream>(new MemoryStream(_content, writable: false));
}
