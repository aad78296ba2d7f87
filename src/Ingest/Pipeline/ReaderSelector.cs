namespace Ingest.Pipeline;

/// <summary>
/// Chooses the reader for a media type among the registered ones: the highest priority wins, and among equal
/// priorities the one registered last (so an application can override a default by registering after it).
/// </summary>
internal sealed class ReaderSelector
{
    private readonly Dictionary<string, IDocumentReader> _byMediaType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _mediaTypeByExtension = new(StringComparer.OrdinalIgnoreCase);

    public ReaderSelector(IEnumerable<ReaderRegistration> registrations, IServiceProvider services)
    {
        var ranked = registrations.Select((r, i) => (Registration: r, Index: i))
            .OrderBy(x => x.Registration.Priority)
            .ThenBy(x => x.Index);
        foreach (var (registration, _) in ranked)
        {
            var reader = registration.Factory(services);
            foreach (var format in reader.Formats)
            {
                _byMediaType[format.MediaType] = reader;
                foreach (var extension in format.Extensions)
                {
                    _mediaTypeByExtension[extension] = format.MediaType;
                }
            }
        }
    }

    public bool CanRead(string mediaType) => _byMediaType.ContainsKey(mediaType);

    public string? MediaTypeForExtension(string extension)
        => extension.Length > 0 && _mediaTypeByExtension.TryGetValue(extension, out var mediaType) ? mediaType : null;

    /// <summary>The reader for <paramref name="mediaType"/>; textual formats without a reader of their own fall back to plain text.</summary>
    public IDocumentReader? Select(string mediaType, out bool fellBack)
    {
        fellBack = false;
        if (_byMediaType.TryGetValue(mediaType, out var reader))
        {
            return reader;
        }

        if ((mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType is "application/json" or "application/xml")
            && _byMediaType.TryGetValue(MediaTypes.PlainText, out reader))
        {
            fellBack = true;
            return reader;
        }

        return null;
    }
}
