using Ingest.Pipeline;

namespace Ingest.Detection;

/// <summary>
/// Decides the format of a document: content first, then the source's media-type hint, then its extension.
/// A label only wins where the content is compatible with it (text labelled <c>text/csv</c> is CSV when a reader
/// reads CSV), so a wrong extension or content type never makes a PDF read as text or text as a PDF.
/// </summary>
internal sealed class FormatDetector
{
    private readonly ReaderSelector _readers;

    public FormatDetector(ReaderSelector readers) => _readers = readers;

    public FormatDetection Detect(ReadOnlySpan<byte> head, SourceDocument source, ICollection<Diagnostic> diagnostics)
    {
        var sniffed = ContentSniffer.Sniff(head);
        var hint = NormalizeMediaType(source.MediaType);
        var byExtension = _readers.MediaTypeForExtension(source.Extension);

        // A label is trusted when the content cannot contradict it: text labelled with a more specific text
        // format, or binary labelled with a binary format that a registered reader reads.
        foreach (var (label, reason) in new[] { (hint, "hint"), (byExtension, "extension") })
        {
            if (label is null || label == sniffed.MediaType)
            {
                continue;
            }

            // Textual labels are kept even without a reader of their own: the plain-text reader then reads them.
            var compatible = sniffed.MediaType switch
            {
                MediaTypes.PlainText => IsTextual(label) && label != MediaTypes.Html,
                // A MIME message carrying an HTML part sniffs as HTML; its label wins when an e-mail reader reads it.
                MediaTypes.Html => label == "message/rfc822" && _readers.CanRead(label),
                MediaTypes.Pdf => false,
                _ => _readers.CanRead(label) && !IsTextual(label) && label != MediaTypes.Pdf,
            };
            if (compatible)
            {
                return sniffed with { MediaType = label, Reason = reason };
            }
        }

        var claimed = hint ?? byExtension;
        if (claimed is not null && claimed != sniffed.MediaType && sniffed.Reason == "content")
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                "detect.label-mismatch",
                $"The source is labelled {claimed} but its content is {sniffed.MediaType}; reading it as {sniffed.MediaType}.")
            { Stage = "detect" });
        }

        return sniffed;
    }

    public static string? NormalizeMediaType(string? mediaType)
    {
        if (string.IsNullOrWhiteSpace(mediaType))
        {
            return null;
        }

        var semicolon = mediaType.IndexOf(';');
        var bare = (semicolon >= 0 ? mediaType[..semicolon] : mediaType).Trim().ToLowerInvariant();
        return bare switch
        {
            "application/xhtml+xml" => MediaTypes.Html,
            "application/x-pdf" => MediaTypes.Pdf,
            _ => bare.Length == 0 ? null : bare,
        };
    }

    private static bool IsTextual(string mediaType)
        => mediaType.StartsWith("text/", StringComparison.Ordinal)
            || mediaType is "application/json" or "application/xml" or "message/rfc822"
            || mediaType.EndsWith("+xml", StringComparison.Ordinal) || mediaType.EndsWith("+json", StringComparison.Ordinal);
}
