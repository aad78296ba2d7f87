namespace Ingest;

/// <summary>Options of the <see cref="PlainTextReader"/>.</summary>
public sealed class PlainTextReaderOptions
{
    /// <summary>
    /// Whether to read the document head: the title (first line, <c># heading</c> or first short line without final
    /// punctuation), a byline, a dateline and a reading time (<c>8 min read</c>) become metadata. Default <see langword="true"/>.
    /// </summary>
    public bool DetectHead { get; set; } = true;

    /// <summary>
    /// Whether byline, dateline and reading-time lines found by <see cref="DetectHead"/> stay in the text as
    /// <see cref="BlockKind.Boilerplate"/> blocks (so no source word is lost) or are left out of the text and kept
    /// only as metadata. Default <see langword="true"/>.
    /// </summary>
    public bool KeepHeadLinesInText { get; set; } = true;

    /// <summary>
    /// Whether to join paragraphs that a stray blank line broke mid-sentence (the first part lacks final
    /// punctuation and the second continues it). Default <see langword="true"/>.
    /// </summary>
    public bool RepairBrokenParagraphs { get; set; } = true;

    /// <summary>
    /// Whether to mark trailing calls to action, contact and subscription notes, "original article" lines and
    /// social-media embed residue as <see cref="BlockKind.Boilerplate"/> blocks. Default <see langword="true"/>.
    /// </summary>
    public bool DetectBoilerplate { get; set; } = true;

    /// <summary>
    /// Whether to read Markdown structure (headings, lists, quotes, code fences) and remove inline Markdown markers
    /// (emphasis, links, code spans, backslash escapes), keeping links as <see cref="LinkEntity"/> annotations.
    /// Default <see langword="true"/>.
    /// </summary>
    public bool ParseMarkdown { get; set; } = true;

    /// <summary>
    /// Whether a short single line without final punctuation, between a finished sentence and a longer paragraph,
    /// becomes a <see cref="BlockKind.Heading"/> (level 2). Markdown headings are recognized regardless. Default <see langword="true"/>.
    /// </summary>
    public bool DetectHeadings { get; set; } = true;

    /// <summary>
    /// The single-byte code page that bytes which are not valid UTF-8 are decoded with (any name known to
    /// <see cref="System.Text.CodePagesEncodingProvider"/> or <see cref="System.Text.Encoding.GetEncoding(string)"/>).
    /// Default <c>windows-1252</c>.
    /// </summary>
    public string FallbackEncoding { get; set; } = "windows-1252";
}
