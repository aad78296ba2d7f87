namespace Ingest;

/// <summary>
/// Turns a location the user typed (a path, a glob, a URL) into a source.
/// Hosts ask every registered provider in turn; the first that accepts the location wins.
/// </summary>
public interface ISourceProvider
{
    /// <summary>Creates a source for <paramref name="location"/>, or returns <see langword="null"/> when this provider does not handle it.</summary>
    /// <param name="location">A path, glob pattern or URL.</param>
    IDocumentSource? TryCreate(string location);
}
