namespace Ingest.Detection;

/// <summary>
/// Decides the format of a document: content first, then the source's media-type hint, then its extension.
/// A label only wins where the content is compatible with it (text labelled <c>text/csv</c> is CSV when a reader
/// reads CSV), so a wrong extension or content type never makes a PDF read as text or text as a PDF.
/// </summary>
internal sealed class FormatDetector
{
    private const string ZipMediaType = "application/zip";

    private readonly ReaderSelector _readers;

    public FormatDetector(ReaderSelector readers) => _readers = readers;

    public FormatDetection Detect(ReadOnlySpan<byte> head, SourceDocument source, ICollection<Diagnostic> diagnostics)
    {
        var content = ContentSniffer.Sniff(head);
        var hint = NormalizeMediaType(source.MediaType);
        var byExtension = _readers.MediaTypeForExtension(source.Extension);

        // Text named or labelled as text is given only to signatures that prove their format, not to those that suggest it.
        var textLabelled = content.MediaType == MediaTypes.PlainText && (IsTextual(hint ?? string.Empty) || IsTextual(byExtension ?? string.Empty));
        var sniffed = AskReaders(head, content, conclusiveOnly: textLabelled);
        if (sniffed.Reason == "signature" && content.MediaType != MediaTypes.PlainText)
        {
            // A binary or markup signature (a DOCX inside its ZIP, an e-mail carrying HTML) is proof, whatever the name says.
            ReportMismatch(source, hint, byExtension, sniffed, diagnostics);
            return sniffed;
        }

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

        ReportMismatch(source, hint, byExtension, sniffed, diagnostics);
        return sniffed;
    }

    /// <summary>
    /// Readers that know their format's signature refine an answer that is not final: text, unknown binary, HTML (which
    /// an e-mail's HTML part also looks like) and ZIP (the package of DOCX, XLSX, PPTX and EPUB).
    /// </summary>
    private FormatDetection AskReaders(ReadOnlySpan<byte> head, FormatDetection sniffed, bool conclusiveOnly)
    {
        if (sniffed.MediaType is not (MediaTypes.PlainText or MediaTypes.OctetStream or MediaTypes.Html or ZipMediaType) || head.IsEmpty)
        {
            return sniffed;
        }

        foreach (var sniffer in _readers.Sniffers)
        {
            if (conclusiveOnly && !sniffer.IsConclusive)
            {
                continue;
            }

            string? mediaType;
            try
            {
                mediaType = NormalizeMediaType(sniffer.Sniff(head, sniffed.MediaType));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                continue;
            }

            if (mediaType is not null && _readers.CanRead(mediaType))
            {
                return sniffed with { MediaType = mediaType, Reason = "signature" };
            }
        }

        return sniffed;
    }

    /// <summary>
    /// Says when the content contradicts its label: a warning when the name's extension claims another format (a text file
    /// named <c>.pdf</c>), information when a source's media-type hint does (servers often send a generic type).
    /// A <c>.txt</c>-style name on any text format (HTML, CSV) is no contradiction: text/plain is the generic text type.
    /// </summary>
    private static void ReportMismatch(SourceDocument source, string? hint, string? byExtension, FormatDetection sniffed, ICollection<Diagnostic> diagnostics)
    {
        var claimed = hint ?? byExtension;
        if (claimed is null || claimed == sniffed.MediaType || sniffed.Reason is not ("content" or "signature")
            || (claimed == MediaTypes.PlainText && IsTextual(sniffed.MediaType) && hint is null))
        {
            return;
        }

        diagnostics.Add(hint is null
            ? new Diagnostic(
                DiagnosticSeverity.Warning,
                "detect.extension-mismatch",
                $"The name ends in {source.Extension} ({claimed}) but the content is {sniffed.MediaType}; reading it as {sniffed.MediaType}.")
            { Stage = "detect" }
            : new Diagnostic(
                DiagnosticSeverity.Info,
                "detect.label-mismatch",
                $"The source is labelled {claimed} but its content is {sniffed.MediaType}; reading it as {sniffed.MediaType}.")
            { Stage = "detect" });
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
