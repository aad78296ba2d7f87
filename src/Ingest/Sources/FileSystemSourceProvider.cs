namespace Ingest.Sources;

/// <summary>Accepts local paths and glob patterns (anything that is not a URL with a scheme other than <c>file</c>).</summary>
internal sealed class FileSystemSourceProvider : ISourceProvider
{
    public IDocumentSource? TryCreate(string location)
    {
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
        {
            return uri.IsFile ? new FileSystemSource(uri.LocalPath) : null;
        }

        return new FileSystemSource(location);
    }
}
