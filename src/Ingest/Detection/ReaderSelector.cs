using Ingest.Pipeline;

namespace Ingest.Detection;

/// <summary>
/// Chooses the reader for a media type among the registered ones: the highest priority wins, and among equal
/// priorities the one registered last (so an application can override a default by registering after it).
/// </summary>
internal sealed class ReaderSelector
{
    private readonly Dictionary<string, IDocumentReader> _byMediaType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _mediaTypeByExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IFormatSniffer> _sniffers = [];

    public ReaderSelector(IEnumerable<ReaderRegistration> registrations, IServiceProvider services)
    {
        foreach (var registration in StableOrder.By(registrations, r => r.Priority))
        {
            var reader = registration.Factory(services);
            if (reader is IFormatSniffer sniffer && !_sniffers.Contains(sniffer))
            {
                // Ranked ascending, so inserting first leaves the highest priority (and the latest registered) in front.
                _sniffers.Insert(0, sniffer);
            }

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

    /// <summary>The readers that recognise their own format by content, highest priority first.</summary>
    public IReadOnlyList<IFormatSniffer> Sniffers => _sniffers;

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
