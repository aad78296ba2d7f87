using System.Text;

namespace Ingest.Tests.Resilience;

/// <summary>A source that fails a set number of times with a given fault before it delivers its text.</summary>
internal sealed class FlakySourceDocument(Uri uri, int failures, Func<Exception> fault, string text = "delivered at last") : SourceDocument(uri)
{
    private int _calls;

    public int Calls => _calls;

    // A remote test source names its host as its fault domain, as the HTTP source does.
    public override string? ResilienceKey => Uri.IsAbsoluteUri && !Uri.IsFile ? Uri.GetLeftPart(UriPartial.Authority) : null;

    public override ValueTask<Stream> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _calls) <= failures)
        {
            throw fault();
        }

        return ValueTask.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(text)));
    }
}
