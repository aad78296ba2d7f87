using System.Text;
using Markdig;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Markdown;

/// <summary>
/// Reads Markdown (CommonMark with pipe tables and YAML front matter) with Markdig: headings, paragraphs, list items,
/// quotes, code blocks and tables as blocks with source ranges, links as <see cref="LinkEntity"/> annotations, and the
/// front matter's title, authors, date, language and description as metadata. Text is decoded as UTF-8 unless a
/// byte-order mark or the detected charset says otherwise.
/// </summary>
public sealed class MarkdownReader : IDocumentReader, IFormatSniffer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .Build();

    private readonly MarkdownReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public MarkdownReader()
        : this(new MarkdownReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    public MarkdownReader(MarkdownReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    public MarkdownReader(IOptions<MarkdownReaderOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>Markdown (<c>text/markdown</c>, <c>.md</c>, <c>.markdown</c>).</summary>
    public static DocumentFormat MarkdownFormat { get; } = new("text/markdown", ".md", ".markdown", ".mdown", ".mkd");

    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats { get; } = [MarkdownFormat];

    /// <inheritdoc />
    /// <remarks>Unlabelled text with front matter, a fenced code block, a pipe table, or ATX headings.</remarks>
    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        => detectedMediaType == MediaTypes.PlainText && MarkdownSignature.Matches(head) ? MarkdownFormat.MediaType : null;

    /// <inheritdoc />
    /// <remarks>False: the signature suggests the format, so text named <c>.txt</c> is not taken from the text reader.</remarks>
    public bool IsConclusive => false;

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var source = await TextDecoding.ReadAllAsync(content, context, "markdown", cancellationToken).ConfigureAwait(false);
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, Math.Min(source.Length + 16, 1 << 20));
        Markdig.Syntax.MarkdownDocument markdown;
        try
        {
            markdown = Markdig.Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses input nested past its depth limit rather than overflowing the stack.
            throw new DocumentReadException("markdown.too-deep", "The Markdown is nested too deeply to read: " + ex.Message, ex);
        }

        new MarkdownBlockWalker(builder, _options, source).Walk(markdown, 0, 0);
        return builder.Build();
    }
}
