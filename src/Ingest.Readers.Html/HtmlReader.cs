using AngleSharp.Dom;
using Ingest.Readers.Html.Decoding;
using Ingest.Readers.Html.Extraction;
using Ingest.Readers.Html.Metadata;
using Ingest.Readers.Html.Parsing;
using Ingest.Readers.Html.Structure;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Html;

/// <summary>
/// Reads HTML pages: decodes them as a browser would, finds the article among the page furniture, and returns its
/// text as structured blocks (title, headings, paragraphs, lists, quotes, tables, code, captions) with source ranges,
/// links as <see cref="LinkEntity"/> annotations, and the page metadata. Scripts never run and nothing is fetched.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly IReadOnlyList<DocumentFormat> HtmlFormats = new[] { DocumentFormat.Html };

    // Below this many characters the chosen article is suspect, and the page is analysed again without setting furniture aside.
    private const int MinArticleLength = 250;

    private readonly HtmlReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public HtmlReader()
        : this(new HtmlReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    public HtmlReader(HtmlReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    public HtmlReader(IOptions<HtmlReaderOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats => HtmlFormats;

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var bytes = await ReadAllAsync(content, context, cancellationToken).ConfigureAwait(false);
        return Read(bytes, context, cancellationToken);
    }

    private Document Read(byte[] bytes, ReadContext context, CancellationToken cancellationToken)
    {
        var decoded = HtmlTextDecoder.Decode(bytes, context.Source.Charset, context.DetectedCharset);
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, Math.Min(decoded.Text.Length / 4 + 16, 1 << 20));
        builder.Metadata.Extra["charset"] = decoded.Encoding.WebName;
        if (decoded.Origin == "fallback")
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, "html.encoding.fallback", "No character set was declared and the bytes are not UTF-8; read as windows-1252.");
        }

        if (decoded.InvalidBytes)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "html.encoding.invalid", $"Some bytes are not valid {decoded.Encoding.WebName} and were replaced with U+FFFD.");
        }

        if (LooksBinary(decoded.Text))
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "html.binary", "The content looks like binary data rather than HTML; the text read from it is unlikely to be meaningful.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var (source, flattened) = NestingLimiter.Limit(WithinNodeBudget(decoded.Text, builder, cancellationToken), _options.MaxNestingDepth, cancellationToken);
        var document = HtmlDomParser.Parse(source, _options.MaxNestingDepth);
        cancellationToken.ThrowIfCancellationRequested();

        var page = PageMetadataReader.Read(document, context.Source.Uri, builder.Metadata, cancellationToken);
        var links = _options.IncludeLinks ? new LinkResolver(context.Source.Uri, page.BaseHref) : null;
        var ranges = new SourceRangeLocator(decoded.Text);

        var body = (IElement?)document.Body ?? document.DocumentElement;
        if (body is null)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "html.empty", "The page has no content.");
            return builder.Build();
        }

        var analysis = PageAnalysis.Analyze(body, _options.ExtractMainContent, cancellationToken);
        if (flattened || analysis.MaxDepth + 2 >= _options.MaxNestingDepth)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "html.depth.limit", $"Elements are nested deeper than {_options.MaxNestingDepth} levels; deeper elements were read as siblings.");
        }

        IReadOnlyList<IElement> roots;
        Func<IElement, bool> isBoilerplate;
        if (_options.ExtractMainContent)
        {
            roots = MainContentSelector.Select(analysis, cancellationToken);
            if (TextLength(roots, analysis) < MinArticleLength)
            {
                // Setting furniture aside left almost nothing: the page names its article wrapper like furniture.
                var everything = PageAnalysis.Analyze(body, false, cancellationToken);
                var second = MainContentSelector.Select(everything, cancellationToken);
                if (TextLength(second, everything) > TextLength(roots, analysis))
                {
                    analysis = everything;
                    roots = second;
                }
            }

            isBoilerplate = new BoilerplateFilter(analysis).IsBoilerplate;
        }
        else
        {
            roots = new[] { body };
            isBoilerplate = static _ => false;
        }

        string? titleToSkip = null;
        if (_options.IncludeTitle && page.Title is not null)
        {
            builder.AddBlock(BlockKind.Title, page.Title, sourceRange: page.TitleElement is null ? null : ranges.Find(page.TitleElement, ranges.SourceLength));
            titleToSkip = page.Title;
        }

        new BlockWriter(builder, ranges, links, isBoilerplate, titleToSkip).Write(roots, cancellationToken);
        if (builder.Blocks.Count == 0 || (builder.Blocks.Count == 1 && builder.Blocks[0].Kind == BlockKind.Title))
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "html.no-text", "No readable text was found in the page.");
        }

        return builder.Build();
    }

    // The DOM's memory budget: a page with more elements and attributes than MaxNodes is read up to the tag that crosses it.
    private string WithinNodeBudget(string text, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        var (length, nodes) = NodeBudget.Fit(text, _options.MaxNodes, cancellationToken);
        if (length == text.Length)
        {
            return text;
        }

        builder.AddDiagnostic(
            DiagnosticSeverity.Error,
            "html.limit.nodes",
            $"The page has more than {_options.MaxNodes:N0} elements and attributes (HtmlReaderOptions.MaxNodes); it was read up to character {length:N0} of {text.Length:N0} ({nodes:N0} nodes).");
        return text[..length];
    }

    private static int TextLength(IReadOnlyList<IElement> roots, PageAnalysis analysis)
    {
        var length = 0;
        foreach (var root in roots)
        {
            length += analysis.Get(root)?.TextLength ?? 0;
        }

        return length;
    }

    private static async ValueTask<byte[]> ReadAllAsync(Stream content, ReadContext context, CancellationToken cancellationToken)
    {
        try
        {
            var capacity = context.Source.Length is { } length and > 0 and < int.MaxValue ? (int)length : 64 * 1024;
            using var buffer = new MemoryStream(capacity);
            await content.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            if (buffer.Length > context.MaxBytes)
            {
                throw new DocumentReadException("html.too-large", $"The page is larger than the limit of {context.MaxBytes} bytes.");
            }

            return buffer.ToArray();
        }
        catch (IOException ex)
        {
            throw new DocumentReadException("html.read-failed", "The page could not be read: " + ex.Message, ex);
        }
    }

    // Many control characters or replacement characters mean the bytes were never text.
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        if (sample.IsEmpty)
        {
            return false;
        }

        var odd = 0;
        foreach (var c in sample)
        {
            if ((c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                odd++;
            }
        }

        return odd * 10 > sample.Length;
    }
}
