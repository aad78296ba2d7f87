using System.Buffers;
using Ingest.Text.Decoding;
using Ingest.Text.Structure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest;

/// <summary>
/// Reads plain text and lightweight Markdown into a <see cref="Document"/>: decodes the bytes (byte-order mark,
/// charset hint, UTF-8, else a legacy code page), normalizes line endings and Unicode (NFC), finds paragraphs,
/// headings, list items and quotations, removes inline Markdown markers (links become <see cref="LinkEntity"/>
/// annotations), repairs paragraphs broken mid-sentence, reads title, byline, dateline and reading time into the
/// metadata and marks trailing boilerplate.
/// </summary>
/// <remarks>
/// <para>The content is decoded and structured as a stream: memory holds the document text being built plus a
/// window of a few blocks, never the raw bytes or extra copies of the text.</para>
/// <para>Every block's <see cref="Block.SourceRange"/> is a range of the decoded text as it was before line endings
/// were normalized and control characters removed (after any byte-order mark).</para>
/// <para>Byline, dateline and reading-time lines become metadata; by default they also stay in the text as
/// <see cref="BlockKind.Boilerplate"/> blocks so that no word of the source is lost (see
/// <see cref="PlainTextReaderOptions.KeepHeadLinesInText"/>). The title stays in the text as a <see cref="BlockKind.Title"/> block.</para>
/// </remarks>
public sealed class PlainTextReader : IDocumentReader
{
    private const int CharBufferSize = 16 * 1024;
    private const int MaxCapacityHint = 64 << 20;
    private const int MaxUnverifiedCapacityHint = 1 << 20;

    private static readonly DocumentFormat[] SupportedFormats = [DocumentFormat.PlainText];

    private readonly PlainTextReaderOptions _options;
    private readonly SingleByteCharMap _fallback;

    /// <summary>Creates a reader with the default options.</summary>
    public PlainTextReader()
        : this(new PlainTextReaderOptions())
    {
    }

    /// <summary>Creates a reader with the given options.</summary>
    /// <param name="options">The options; copied, so later changes do not affect the reader.</param>
    /// <exception cref="ArgumentException"><see cref="PlainTextReaderOptions.FallbackEncoding"/> is not a known single-byte code page.</exception>
    public PlainTextReader(PlainTextReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = new PlainTextReaderOptions
        {
            DetectHead = options.DetectHead,
            KeepHeadLinesInText = options.KeepHeadLinesInText,
            RepairBrokenParagraphs = options.RepairBrokenParagraphs,
            DetectBoilerplate = options.DetectBoilerplate,
            ParseMarkdown = options.ParseMarkdown,
            DetectHeadings = options.DetectHeadings,
            FallbackEncoding = options.FallbackEncoding,
        };
        _fallback = SingleByteCharMap.Create(options.FallbackEncoding);
    }

    /// <summary>Creates a reader with options from dependency injection.</summary>
    /// <param name="options">The options.</param>
    [ActivatorUtilitiesConstructor]
    public PlainTextReader(IOptions<PlainTextReaderOptions> options)
        : this((options ?? throw new ArgumentNullException(nameof(options))).Value)
    {
    }

    /// <inheritdoc />
    public string Name => "text";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats => SupportedFormats;

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, CapacityHint(content, context));
        var assembler = new BlockAssembler(builder, _options);
        using var decoder = new StreamTextDecoder(content, _fallback);
        using var parser = new BlockParser(assembler, _options.ParseMarkdown);
        using var splitter = new LineSplitter(parser);
        var chars = ArrayPool<char>.Shared.Rent(CharBufferSize);
        try
        {
            await decoder.StartAsync(context, builder, cancellationToken).ConfigureAwait(false);
            int count;
            while ((count = await decoder.ReadAsync(chars, cancellationToken).ConfigureAwait(false)) > 0)
            {
                splitter.Write(chars.AsSpan(0, count));
            }
        }
        catch (Exception exception) when (exception is IOException or NotSupportedException or ObjectDisposedException)
        {
            if (decoder.BytesRead == 0)
            {
                throw new DocumentReadException("text.read.failed", $"The content could not be read: {exception.Message}", exception);
            }

            builder.AddDiagnostic(DiagnosticSeverity.Error, "text.read.truncated", $"Reading stopped after {decoder.BytesRead} bytes: {exception.Message}", $"byte {decoder.BytesRead}");
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        cancellationToken.ThrowIfCancellationRequested();
        splitter.Complete();
        decoder.Report(builder);
        splitter.Report(builder);
        builder.Metadata.Extra["encoding"] = decoder.DescribeEncoding();
        if (builder.Length == 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, "text.empty", "The content holds no text.");
        }

        return builder.Build();
    }

    /// <summary>
    /// The number of characters the document text is first given: decoded text has at most one character per byte, so a
    /// length the reader can trust sizes the one array the text is built in (no chunks of 8,000 characters, which outlived
    /// the read and were copied by each collection on their way to the oldest generation). Only the stream's own length
    /// is trusted that far; a declared length (an HTTP Content-Length) may be anything, so it sizes at most
    /// <see cref="MaxUnverifiedCapacityHint"/> characters and the builder grows in chunks past it. Neither passes
    /// <see cref="ReadContext.MaxBytes"/>, the most the reader may read.
    /// </summary>
    internal static int CapacityHint(Stream content, ReadContext context)
    {
        var remaining = RemainingLength(content);
        var length = remaining ?? context.Source.Length ?? 256;
        var cap = remaining is null ? MaxUnverifiedCapacityHint : MaxCapacityHint;
        return (int)Math.Clamp(Math.Min(length, context.MaxBytes), 16, cap);
    }

    private static long? RemainingLength(Stream content)
    {
        if (!content.CanSeek)
        {
            return null;
        }

        try
        {
            return Math.Max(content.Length - content.Position, 0);
        }
        catch (Exception exception) when (exception is NotSupportedException or IOException or ObjectDisposedException)
        {
            return null;
        }
    }
}
