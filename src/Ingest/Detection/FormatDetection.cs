namespace Ingest.Detection;

/// <summary>What the content looks like.</summary>
/// <param name="MediaType">The media type decided.</param>
/// <param name="Charset">A character set implied by the bytes (byte-order mark or UTF-16 pattern), or null.</param>
/// <param name="Reason">Why, for diagnostics: <c>content</c>, <c>signature</c> (a reader's <see cref="IFormatSniffer"/>), <c>hint</c>, <c>extension</c>.</param>
internal readonly record struct FormatDetection(string MediaType, string? Charset, string Reason);
