using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ingest;

/// <summary>
/// Writes results as JSON Lines: one JSON object per document and line, flushed per record, in the format
/// documented in <c>docs/output-format.md</c>.
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

    /// <inheritdoc />
    public async ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        Write(_writer, result);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _writer.Reset();
        _stream.WriteByte((byte)'\n');
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

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
        var document = result.Document;
        writer.WriteStartObject();
        writer.WriteString("source", result.Source.ToString());
        writer.WriteString("mediaType", document?.MediaType ?? result.MediaType);
        writer.WriteString("status", StatusName(result.Status));
        writer.WriteString("reader", result.Reader);
        writer.WriteStartArray("normalizers");
        foreach (var name in result.Normalizers)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        WriteMetadata(writer, document?.Metadata);
        writer.WriteString("text", document?.Text ?? string.Empty);
        WriteBlocks(writer, document);
        WriteEntities(writer, document);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("severity", diagnostic.Severity switch
            {
                DiagnosticSeverity.Info => "info",
                DiagnosticSeverity.Warning => "warning",
                _ => "error",
            });
            writer.WriteString("code", diagnostic.Code);
            writer.WriteString("message", diagnostic.Message);
            WriteIfNotNull(writer, "stage", diagnostic.Stage);
            WriteIfNotNull(writer, "location", diagnostic.Location);
            if (diagnostic.Attempts is { } attempts)
            {
                writer.WriteNumber("attempts", attempts);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("bytes", result.BytesRead);
        writer.WriteNumber("elapsedMs", Math.Round(result.Elapsed.TotalMilliseconds, 1));
        writer.WriteEndObject();
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

    private static void WriteMetadata(Utf8JsonWriter writer, DocumentMetadata? metadata)
    {
        writer.WriteStartObject("metadata");
        writer.WriteString("title", metadata?.Title);
        writer.WriteStartArray("authors");
        if (metadata is not null)
        {
            foreach (var author in metadata.Authors)
            {
                writer.WriteStringValue(author);
            }
        }

        writer.WriteEndArray();
        writer.WriteString("published", metadata?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("language", metadata?.Language);
        if (metadata?.PageCount is { } pages)
        {
            writer.WriteNumber("pageCount", pages);
        }
        else
        {
            writer.WriteNull("pageCount");
        }

        if (metadata is not null)
        {
            WriteIfNotNull(writer, "modified", metadata.Modified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            WriteIfNotNull(writer, "siteName", metadata.SiteName);
            WriteIfNotNull(writer, "canonicalUrl", metadata.CanonicalUrl?.ToString());
            WriteIfNotNull(writer, "description", metadata.Description);
            if (metadata.Extra.Count > 0)
            {
                writer.WriteStartObject("extra");
                foreach (var pair in metadata.Extra.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteString(pair.Key, pair.Value);
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteBlocks(Utf8JsonWriter writer, Document? document)
    {
        writer.WriteStartArray("blocks");
        if (document is not null)
        {
            foreach (var block in document.Blocks)
            {
                writer.WriteStartObject();
                writer.WriteString("kind", KindName(block.Kind));
                writer.WriteNumber("start", block.Start);
                writer.WriteNumber("length", block.Length);
                if (block.Level is { } level)
                {
                    writer.WriteNumber("level", level);
                }

                if (block.Page is { } page)
                {
                    writer.WriteNumber("page", page);
                }

                if (block.Bounds is { } box)
                {
                    writer.WriteStartArray("bounds");
                    writer.WriteNumberValue(Math.Round(box.Left, 2));
                    writer.WriteNumberValue(Math.Round(box.Bottom, 2));
                    writer.WriteNumberValue(Math.Round(box.Right, 2));
                    writer.WriteNumberValue(Math.Round(box.Top, 2));
                    writer.WriteEndArray();
                }

                if (block.SourceRange is { } range)
                {
                    writer.WriteNumber("sourceStart", range.Start);
                    writer.WriteNumber("sourceLength", range.Length);
                }

                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter writer, Document? document)
    {
        writer.WriteStartArray("entities");
        if (document is not null && document.Entities.Count > 0)
        {
            var ordered = document.Entities.ToArray();
            Array.Sort(ordered, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
            foreach (var entity in ordered)
            {
                writer.WriteStartObject();
                writer.WriteString("type", entity.Type);
                writer.WriteNumber("start", entity.Start);
                writer.WriteNumber("length", entity.Length);
                writer.WriteString("text", entity.Text);
                entity.WriteProperties(writer);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteIfNotNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

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
