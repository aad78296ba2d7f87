namespace Ingest.Tests.Reliability;

/// <summary>A source whose open blocks its thread and ignores cancellation, like opening a pipe nobody writes to.</summary>
internal sealed class BlockingSourceDocument(Uri uri, ManualResetEventSlim release) : SourceDocument(uri)
{
    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        release.Wait(TimeSpan.FromSeconds(30), CancellationToken.None);
        return ValueTask.FromResult<Stream>(new MemoryStream([]));
    }
}
