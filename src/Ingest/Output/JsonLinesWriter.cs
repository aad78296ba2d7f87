using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ingest;

/// <summary>
/// Writes results as JSON Lines: one JSON object per document and line, flushed per record, in the format
/// documented in <c>docs/output-format.md</c>. One record never ends the output: text longer than
/// <see cref="MaxTextLength"/> is cut with an <c>output.text-truncated</c> diagnostic, and a record that cannot be
/// serialized is written as a failed record with an <c>output.write-failed</c> diagnostic instead.
/// </summary>
public sealed class JsonLinesWriter : IResultSink, IAsyncDisposable, IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep non-ASCII text readable; the output is UTF-8 and consumed by tools, not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Utf8JsonWriter _writer;

    /// <summary>Creates a writer over <paramref name="stream"/>.</summary>
    /// <param name="stream">The stream to write UTF-8 JSON Lines to.</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves the stream open.</param>
    public JsonLinesWriter(Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _writer = new Utf8JsonWriter(stream, WriterOptions);
    }

    /// <summary>
    /// The longest <c>text</c>, in UTF-16 code units, written for one document; longer text is cut at this length
    /// (blocks and entities past the cut are dropped) and the record says so with <c>output.text-truncated</c>.
    /// Default: 256 Mi, above the text of any document within the default <see cref="IngestOptions.MaxDocumentBytes"/>.
    /// </summary>
    public int MaxTextLength { get; init; } = 256 * 1024 * 1024;

    /// <inheritdoc />
    /// <remarks>
    /// A record is streamed to the output as it is serialized (a long text, the blocks and the entities in parts of about
    /// 1 MiB, written synchronously), so a large document costs no second copy of its text; the stream must therefore
    /// accept synchronous writes (a file, a pipe or standard output do; buffer an output that refuses them, such as an
    /// ASP.NET response body). When serializing fails half-way, a seekable output is cut back to where the record
    /// began; an unseekable one ends the torn line. The failed record follows, so every result still gets its line.
    /// </remarks>
    public async ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);

        // The token is honoured before a record begins, never inside it: a record cut half-way (the pipeline cancels a
        // write that overruns the document's budget) would tear the output, and the next record would be glued to it.
        cancellationToken.ThrowIfCancellationRequested();
        var start = _stream.CanSeek ? _stream.Position : -1;
        _writer.Reset(_stream);
        try
        {
            JsonRecord.Write(_writer, result, MaxTextLength);
            await _writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not IOException)
        {
            _writer.Reset(_stream);
            if (start >= 0)
            {
                _stream.SetLength(start);
                _stream.Position = start;
            }
            else
            {
                _stream.WriteByte((byte)'\n');
            }

            JsonRecord.WriteFailed(_writer, result, ex);
            await _writer.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }

        _stream.WriteByte((byte)'\n');
        await _stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
        => await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Serializes one result as a single JSON object (no line feed).</summary>
    /// <param name="result">The result.</param>
    public static string Serialize(IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, result);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes one result as a JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    public static void Write(Utf8JsonWriter writer, IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        JsonRecord.Write(writer, result, int.MaxValue);
    }

    /// <summary>The output name of a status: <c>succeeded</c>, <c>partial</c> or <c>failed</c>.</summary>
    /// <param name="status">The status.</param>
    public static string StatusName(IngestStatus status) => status switch
    {
        IngestStatus.Succeeded => "succeeded",
        IngestStatus.Partial => "partial",
        _ => "failed",
    };

    /// <summary>The output name of a block kind, in camel case (<c>listItem</c>, <c>pageHeader</c>).</summary>
    /// <param name="kind">The block kind.</param>
    public static string KindName(BlockKind kind) => kind switch
    {
        BlockKind.Title => "title",
        BlockKind.Heading => "heading",
        BlockKind.Paragraph => "paragraph",
        BlockKind.ListItem => "listItem",
        BlockKind.Quote => "quote",
        BlockKind.Caption => "caption",
        BlockKind.Table => "table",
        BlockKind.Code => "code",
        BlockKind.Boilerplate => "boilerplate",
        BlockKind.PageHeader => "pageHeader",
        BlockKind.PageFooter => "pageFooter",
        _ => kind.ToString(),
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        if (!_leaveOpen)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Dispose();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
