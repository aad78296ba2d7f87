namespace Ingest;

/// <summary>
/// Lets a reader take part in content detection: a reader that implements it recognises its own format from a
/// document's first bytes (its signature), so its documents reach it whatever their name or label says.
/// </summary>
/// <remarks>
/// The pipeline asks sniffers when its own detection is not final: the content is text (<see cref="MediaTypes.PlainText"/>,
/// only when neither the name nor a label says which text format it is), binary of no known format
/// (<see cref="MediaTypes.OctetStream"/>), HTML (<see cref="MediaTypes.Html"/>: an e-mail carrying an HTML part looks like
/// it) or a ZIP (<c>application/zip</c>: the package of DOCX, XLSX, PPTX and EPUB). A sniffer whose signature only
/// suggests its format (<see cref="IsConclusive"/> false) is not asked about text whose name or label already says it is
/// text. PDF and the other magic numbers are
/// decided first. Readers are asked in descending priority; the first media type returned that a registered reader reads
/// wins, and a signature found in binary or HTML content wins over the name. A sniffer that throws is skipped. A plugin
/// declares its format's signature by implementing this interface on its reader.
/// </remarks>
public interface IFormatSniffer
{
    /// <summary>Returns the media type of <paramref name="head"/> when it has this reader's signature, else <see langword="null"/>.</summary>
    /// <param name="head">The first bytes of the document (up to 8 KiB; fewer for a short document), without any byte-order mark removed.</param>
    /// <param name="detectedMediaType">What the built-in detection found: <see cref="MediaTypes.PlainText"/>, <see cref="MediaTypes.OctetStream"/>, <see cref="MediaTypes.Html"/> or <c>application/zip</c>.</param>
    /// <returns>One of the reader's <see cref="IDocumentReader.Formats"/>' media types, or <see langword="null"/>.</returns>
    string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType);

    /// <summary>
    /// Whether the signature proves the format (a magic prefix, a header block) rather than suggests it (Markdown
    /// headings, a delimiter count): a suggestive sniffer is not asked about text named or labelled as text (a
    /// <c>.txt</c> that happens to look like Markdown stays plain text). Default: <see langword="true"/>.
    /// </summary>
    bool IsConclusive => true;
}
