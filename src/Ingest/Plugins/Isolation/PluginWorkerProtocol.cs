using System.Runtime.InteropServices;
using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// The messages between the host and a plugin worker, each a frame (see <see cref="WireFrames"/>). The worker starts
/// with a hello (its readers). Then, per document, the host sends a JSON header (reader, source, media type, limits)
/// and the content in frames ended by an empty one; the worker answers with a JSON frame, either an error or the
/// document (<see cref="DocumentWireFormat"/>), followed in that case by a frame of the text as UTF-16.
/// </summary>
internal static class PluginWorkerProtocol
{
    public static ValueTask WriteHelloAsync(Stream output, WorkerHello hello, CancellationToken cancellationToken)
        => WireFrames.WriteJsonAsync(output, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("loaded", hello.Loaded);
            w.WriteStartArray("readers");
            foreach (var reader in hello.Readers)
            {
                w.WriteStartObject();
                w.WriteString("name", reader.Name);
                w.WriteString("type", reader.TypeName);
                w.WriteNumber("priority", reader.Priority);
                w.WriteBoolean("sniffs", reader.Sniffs);
                w.WriteBoolean("conclusive", reader.IsConclusive);
                w.WriteStartArray("formats");
                foreach (var format in reader.Formats)
                {
                    w.WriteStartObject();
                    w.WriteString("mediaType", format.MediaType);
                    w.WriteStartArray("extensions");
                    foreach (var extension in format.Extensions)
                    {
                        w.WriteStringValue(extension);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("normalizers");
            foreach (var normalizer in hello.Normalizers)
            {
                w.WriteStartObject();
                w.WriteString("name", normalizer.Name);
                w.WriteString("type", normalizer.TypeName);
                w.WriteNumber("order", normalizer.Order);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteDiagnostics(w, hello.Diagnostics);
            w.WriteEndObject();
        }, cancellationToken);

    public static async ValueTask<WorkerHello?> ReadHelloAsync(Stream input, CancellationToken cancellationToken)
    {
        if (await WireFrames.ReadAsync(input, cancellationToken).ConfigureAwait(false) is not { } frame)
        {
            return null;
        }

        using var json = JsonDocument.Parse(frame);
        var root = json.RootElement;
        var readers = root.GetProperty("readers").EnumerateArray().Select(r => new WorkerReaderInfo(
            r.GetProperty("name").GetString()!,
            r.GetProperty("type").GetString()!,
            r.GetProperty("priority").GetInt32(),
            r.GetProperty("formats").EnumerateArray().Select(f => new DocumentFormat(
                f.GetProperty("mediaType").GetString()!,
                f.GetProperty("extensions").EnumerateArray().Select(e => e.GetString()!).ToArray())).ToArray())
        {
            Sniffs = r.GetProperty("sniffs").GetBoolean(),
            IsConclusive = r.GetProperty("conclusive").GetBoolean(),
        }).ToArray();
        var normalizers = root.GetProperty("normalizers").EnumerateArray().Select(n => new WorkerNormalizerInfo(
            n.GetProperty("name").GetString()!,
            n.GetProperty("type").GetString()!,
            n.GetProperty("order").GetInt32())).ToArray();
        return new WorkerHello(root.GetProperty("loaded").GetBoolean(), readers, normalizers, ReadDiagnostics(root));
    }

    public static async ValueTask WriteRequestAsync(Stream output, int reader, Stream content, ReadContext context, CancellationToken cancellationToken)
    {
        await WireFrames.WriteJsonAsync(output, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("reader", reader);
            w.WriteString("uri", context.Source.Uri.OriginalString);
            w.WriteString("mediaType", context.MediaType);
            w.WriteString("charset", context.DetectedCharset);
            w.WriteNumber("maxBytes", context.MaxBytes);
            w.WriteString("sourceMediaType", context.Source.MediaType);
            w.WriteString("sourceCharset", context.Source.Charset);
            if (context.Source.Length is { } length)
            {
                w.WriteNumber("sourceLength", length);
            }

            w.WriteStartObject("properties");
            foreach (var pair in context.Source.Properties)
            {
                w.WriteString(pair.Key, pair.Value);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);

        var buffer = new byte[WireFrames.ContentFrameLength];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await WireFrames.WriteAsync(output, buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }

        await WireFrames.WriteAsync(output, ReadOnlyMemory<byte>.Empty, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the rest of a read request in the worker, whose header (<paramref name="root"/>) was read: the reader's
    /// index, the context to read with and the whole content.
    /// </summary>
    public static async ValueTask<(int Reader, ReadContext Context, MemoryStream Content)> ReadRequestAsync(JsonElement root, Stream input, CancellationToken cancellationToken)
    {
        var content = new MemoryStream();
        while (await WireFrames.ReadAsync(input, cancellationToken).ConfigureAwait(false) is { Length: > 0 } frame)
        {
            content.Write(frame);
        }

        content.Position = 0;
        var source = new MemorySourceDocument(content.GetBuffer().AsMemory(0, (int)content.Length), new Uri(root.GetProperty("uri").GetString()!, UriKind.RelativeOrAbsolute))
        {
            MediaType = root.GetProperty("sourceMediaType").GetString(),
            Charset = root.GetProperty("sourceCharset").GetString(),
            Length = root.TryGetProperty("sourceLength", out var length) ? length.GetInt64() : null,
            Properties = root.GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
        };
        var context = new ReadContext(source, root.GetProperty("mediaType").GetString()!)
        {
            DetectedCharset = root.GetProperty("charset").GetString(),
            MaxBytes = root.GetProperty("maxBytes").GetInt64(),
        };
        return (root.GetProperty("reader").GetInt32(), context, content);
    }

    /// <summary>Writes a document: a JSON frame (<see cref="DocumentWireFormat"/>) and a frame of its text as UTF-16.</summary>
    public static async ValueTask WriteDocumentAsync(Stream output, Document document, CancellationToken cancellationToken)
    {
        await WireFrames.WriteJsonAsync(output, w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("document");
            DocumentWireFormat.Write(w, document);
            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        await WireFrames.WriteAsync(output, MemoryMarshal.AsBytes(document.Text.AsSpan()).ToArray(), cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads what <see cref="WriteDocumentAsync"/> wrote; <see langword="null"/> when the pipe ended.</summary>
    public static async ValueTask<Document?> ReadDocumentAsync(Stream input, CancellationToken cancellationToken)
    {
        if (await WireFrames.ReadAsync(input, cancellationToken).ConfigureAwait(false) is not { } frame)
        {
            return null;
        }

        using var json = JsonDocument.Parse(frame);
        return await ReadDocumentAsync(json.RootElement, input, cancellationToken).ConfigureAwait(false);
    }

    public static async ValueTask WriteErrorAsync(Stream output, string code, string message, CancellationToken cancellationToken)
    {
        await WireFrames.WriteJsonAsync(output, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", message);
            w.WriteEndObject();
            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the worker's answer: the document, or the reader's error as a <see cref="DocumentReadException"/>;
    /// <see langword="null"/> when the pipe ended (the worker died).
    /// </summary>
    public static async ValueTask<Document?> ReadResponseAsync(Stream input, CancellationToken cancellationToken)
    {
        if (await WireFrames.ReadAsync(input, cancellationToken).ConfigureAwait(false) is not { } frame)
        {
            return null;
        }

        using var json = JsonDocument.Parse(frame);
        var root = json.RootElement;
        if (root.TryGetProperty("error", out var error))
        {
            throw new DocumentReadException(error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
        }

        return await ReadDocumentAsync(root, input, cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<Document?> ReadDocumentAsync(JsonElement root, Stream input, CancellationToken cancellationToken)
    {
        if (await WireFrames.ReadAsync(input, cancellationToken).ConfigureAwait(false) is not { } text)
        {
            return null;
        }

        return DocumentWireFormat.Read(root.GetProperty("document"), new string(MemoryMarshal.Cast<byte, char>(text)));
    }

    private static void WriteDiagnostics(Utf8JsonWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            DocumentWireFormat.WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
    }

    private static Diagnostic[] ReadDiagnostics(JsonElement root)
        => root.GetProperty("diagnostics").EnumerateArray().Select(DocumentWireFormat.ReadDiagnostic).ToArray();
}
