namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>A source document for readers given the bytes directly.</summary>
internal sealed class TestSource : SourceDocument
{
    public TestSource()
        : base(new Uri("file:///test/memory.pdf"))
    {
    }

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
        => throw new NotSupportedException("The tests hand the reader the bytes.");
}
