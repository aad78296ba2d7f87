using System.Runtime.CompilerServices;
using Ingest.Pipeline;

namespace Ingest.Sources;

/// <summary>
/// Turns locations (paths, directories, globs, URLs, <c>@</c>URL lists, plugin schemes) into source documents through the
/// registered <see cref="ISourceProvider"/>s, so that every location yields at least one document: a location that names
/// nothing, matches nothing, holds nothing or fails to enumerate yields one <see cref="UnresolvedLocation"/>, and the next
/// location is still resolved.
/// </summary>
internal sealed class LocationResolver
{
    private readonly ISourceProvider[] _providers;

    public LocationResolver(IEnumerable<ISourceProvider> providers)
    {
        // The file system accepts any text as a path, so it is asked last: URLs, URL lists and plugin schemes first.
        _providers = StableOrder.By(providers, p => p is FileSystemSourceProvider ? 1 : 0);
    }

    /// <summary>A resolver that knows only the file system, for services built without dependency injection.</summary>
    public static LocationResolver FileSystemOnly { get; } = new([new FileSystemSourceProvider()]);

    public async IAsyncEnumerable<SourceDocument> ResolveAsync(IEnumerable<string> locations, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var location in locations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await foreach (var document in ResolveOneAsync(location, cancellationToken).ConfigureAwait(false))
            {
                yield return document;
            }
        }
    }

    private async IAsyncEnumerable<SourceDocument> ResolveOneAsync(string location, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            yield return new UnresolvedLocation(location ?? string.Empty, SourceDiagnosticCodes.NotFound, "An empty location names no file, directory or URL.");
            yield break;
        }

        var (source, failure) = Create(location);
        if (failure is not null)
        {
            yield return new UnresolvedLocation(location, SourceDiagnosticCodes.EnumerationFailed, $"'{location}' could not be opened as a source: {failure.GetType().Name}: {failure.Message}");
            yield break;
        }

        if (source is null)
        {
            yield return new UnresolvedLocation(location, SourceDiagnosticCodes.UnsupportedLocation, $"No registered source handles '{location}' (URLs need AddHttpSource(); other schemes need their plugin).");
            yield break;
        }

        if (source is FileSystemSource { Exists: false } missing)
        {
            yield return new UnresolvedLocation(location, SourceDiagnosticCodes.NotFound, FileSystemSource.IsPattern(location)
                ? $"The folder '{missing.Root}' of the pattern '{location}' does not exist."
                : missing.Root == location
                    ? $"No file or directory exists at '{location}'."
                    : $"No file or directory exists at '{location}' ({missing.Root}).");
            yield break;
        }

        var count = 0;
        var enumerator = source.GetDocumentsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                var (moved, error) = await MoveNextAsync(enumerator, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    yield return new UnresolvedLocation(location, SourceDiagnosticCodes.EnumerationFailed, $"Enumerating '{location}' failed after {count} documents: {error.GetType().Name}: {error.Message}");
                    yield break;
                }

                if (!moved)
                {
                    break;
                }

                count++;
                yield return enumerator.Current;
            }
        }
        finally
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }

        if (count == 0)
        {
            yield return FileSystemSource.IsPattern(location) && source is FileSystemSource
                ? new UnresolvedLocation(location, SourceDiagnosticCodes.NoMatch, $"The pattern '{location}' matches no file.")
                : new UnresolvedLocation(location, SourceDiagnosticCodes.Empty, $"'{location}' holds no document.");
        }
    }

    private (IDocumentSource? Source, Exception? Failure) Create(string location)
    {
        try
        {
            foreach (var provider in _providers)
            {
                if (provider.TryCreate(location) is { } source)
                {
                    return (source, null);
                }
            }

            return (null, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A provider that throws for one location (a malformed path, an unreadable URL list) fails that location only.
            return (null, ex);
        }
    }

    private static async ValueTask<(bool Moved, Exception? Error)> MoveNextAsync(IAsyncEnumerator<SourceDocument> enumerator, CancellationToken cancellationToken)
    {
        try
        {
            return (await enumerator.MoveNextAsync().ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return (false, ex);
        }
    }
}
