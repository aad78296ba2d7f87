namespace Ingest;

/// <summary>
/// Lets a reader take part in content detection: a reader that implements it recognises its own format from a
/// document's first bytes (its signature), so its documents reach it whatever their name or label says.
/// </summary>
/// <remarks>
/// The pipeline asks sniffers only when its own detection is not conclusive: the content is text
/// (<see cref="MediaTypes.PlainText"/>) or binary of no known format (<see cref="MediaTypes.OctetStream"/>). PDF, HTML and the
/// well-known magic numbers are decided first. Readers are asked in descending priority; the first media type returned
/// that a registered reader reads wins. A sniffer that throws is skipped.
/// </remarks>
public interface IFormatSniffer
{
    /// <summary>Returns the media type of <paramref name="head"/> when it has this reader's signature, else <see langword="null"/>.</summary>
    /// <param name="head">The first bytes of the document (up to 8 KiB; fewer for a short document), without any byte-order mark removed.</param>
    /// <param name="detectedMediaType">What the built-in detection found: <see cref="MediaTypes.PlainText"/> or <see cref="MediaTypes.OctetStream"/>.</param>
    /// <returns>One of the reader's <see cref="IDocumentReader.Formats"/>' media types, or <see langword="null"/>.</returns>
    string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType);
}
