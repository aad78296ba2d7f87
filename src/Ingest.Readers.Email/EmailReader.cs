using System.Runtime.CompilerServices;
using MimeKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Email;

/// <summary>
/// Reads e-mail messages (<c>.eml</c>, RFC 822/MIME) with MimeKit: the subject as the title block, the sender, recipients,
/// date and message id as metadata, and the body: the HTML body through the registered HTML reader when there is one,
/// else the plain-text body, else the HTML body's text. As an <see cref="IContainerReader"/> it yields each attachment
/// (and each attached message) as a child document named <c>attachments/N-NAME</c>, with its content type as the hint.
/// </summary>
public sealed class EmailReader : IContainerReader, IFormatSniffer
{
    private readonly EmailReaderOptions _options;
    private readonly IServiceProvider? _services;
    private IDocumentReader? _htmlReader;
    private bool _htmlReaderResolved;

    /// <summary>Creates a reader with the default options and no HTML reader.</summary>
    public EmailReader()
        : this(new EmailReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options.</param>
    /// <param name="htmlReader">The reader for HTML bodies, or <see langword="null"/> to take their text only.</param>
    public EmailReader(EmailReaderOptions options, IDocumentReader? htmlReader = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _htmlReader = htmlReader;
        _htmlReaderResolved = htmlReader is not null;
    }

    /// <summary>Creates a reader with options from dependency injection; HTML bodies go to the registered HTML reader.</summary>
    /// <param name="options">The options.</param>
    /// <param name="services">The service provider, to find the registered HTML reader.</param>
    public EmailReader(IOptions<EmailReaderOptions> options, IServiceProvider services)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
        _services = services;
    }

    /// <summary>E-mail messages (<c>message/rfc822</c>, <c>.eml</c>).</summary>
    public static DocumentFormat EmailFormat { get; } = new("message/rfc822", ".eml", ".mht");

    /// <inheritdoc />
    public string Name => "email";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats { get; } = [EmailFormat];

    /// <inheritdoc />
    /// <remarks>Content that opens with a message's header block (see the reader's documentation), whether it sniffed as text or, with an HTML part, as HTML.</remarks>
    public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        => detectedMediaType is MediaTypes.PlainText or MediaTypes.Html && MessageSignature.Matches(head) ? EmailFormat.MediaType : null;

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var message = await ParseAsync(content, cancellationToken).ConfigureAwait(false);
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, 4096);
        MessageMetadata.Fill(message, builder.Metadata);
        builder.AddBlock(BlockKind.Title, builder.Metadata.Title ?? string.Empty);
        await AddBodyAsync(message, context, builder, cancellationToken).ConfigureAwait(false);
        var diagnostics = new List<Diagnostic>();
        var attachments = MessageParts.Attachments(message, _options, diagnostics);
        diagnostics.ForEach(builder.AddDiagnostic);
        builder.Metadata.Extra["attachments"] = attachments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return builder.Build();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChildSourceDocument> ReadChildrenAsync(Stream content, ReadContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        var message = await ParseAsync(content, cancellationToken).ConfigureAwait(false);
        var index = 0;
        foreach (var attachment in MessageParts.Attachments(message, _options, []))
        {
            index++;
            using var buffer = new MemoryStream();
            string name;
            if (attachment is MessagePart { Message: { } inner })
            {
                await inner.WriteToAsync(buffer, cancellationToken).ConfigureAwait(false);
                name = (attachment.ContentDisposition?.FileName ?? "message") is var n && n.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) ? n : n + ".eml";
            }
            else if (attachment is MimePart { Content: { } data } part)
            {
                await data.DecodeToAsync(buffer, cancellationToken).ConfigureAwait(false);
                name = part.FileName ?? "attachment";
            }
            else
            {
                continue;
            }

            yield return new ChildSourceDocument(context.Source.Uri, $"attachments/{index}-{SafeName(name)}", buffer.ToArray())
            {
                MediaType = attachment.ContentType.MimeType.ToLowerInvariant(),
            };
        }
    }

    /// <summary>The last segment of a file name without directory parts or traversal, so it cannot escape the child path.</summary>
    private static string SafeName(string name)
    {
        var last = name.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(s => s is not (".." or ".")) ?? "attachment";
        return last.Trim();
    }

    private async ValueTask<MimeMessage> ParseAsync(Stream content, CancellationToken cancellationToken)
    {
        var options = new ParserOptions { MaxMimeDepth = _options.MaxNestingDepth };
        try
        {
            return await MimeMessage.LoadAsync(options, content, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException ex)
        {
            throw new DocumentReadException("email.malformed", "The message could not be parsed: " + ex.Message, ex);
        }
    }

    private async ValueTask AddBodyAsync(MimeMessage message, ReadContext context, DocumentBuilder builder, CancellationToken cancellationToken)
    {
        var html = message.HtmlBody;
        var htmlReader = html is null ? null : HtmlReader();
        if (html is not null && htmlReader is not null)
        {
            var source = new ChildSourceDocument(context.Source.Uri, "body.html", System.Text.Encoding.UTF8.GetBytes(html)) { MediaType = "text/html", Charset = "utf-8" };
            await using var stream = await source.OpenAsync(cancellationToken).ConfigureAwait(false);
            var body = await htmlReader.ReadAsync(stream, new ReadContext(source, "text/html") { DetectedCharset = "utf-8" }, cancellationToken).ConfigureAwait(false);
            foreach (var block in body.Blocks.Where(b => b.Kind != BlockKind.Title))
            {
                builder.AddBlock(block.Kind, block.GetText(body), block.Level);
            }

            return;
        }

        var text = message.TextBody ?? (html is null ? null : HtmlText.Extract(html));
        foreach (var paragraph in Paragraphs(text ?? string.Empty))
        {
            builder.AddBlock(BlockKind.Paragraph, paragraph);
        }
    }

    private static IEnumerable<string> Paragraphs(string text)
        => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0);

    private IDocumentReader? HtmlReader()
    {
        if (!_htmlReaderResolved && _services is not null)
        {
            _htmlReader = _services.GetServices<ReaderRegistration>()
                .OrderBy(r => r.Priority)
                .Select(r => r.Factory(_services))
                .LastOrDefault(r => r != this && r.Formats.Any(f => f.MediaType == MediaTypes.Html));
            _htmlReaderResolved = true;
        }

        return _htmlReader;
    }
}
