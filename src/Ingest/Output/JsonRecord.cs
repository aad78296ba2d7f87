using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Ingest;

/// <summary>
/// One result as a JSON object in the documented output format, with the document text cut at a limit, and the
/// failed record written instead of a result that could not be serialized.
/// </summary>
internal static class JsonRecord
{
    // Text is written in segments where the platform can, so no single JSON value reaches the writer's size limit.
    private const int TextSegmentLength = 64 * 1024;

    // Pending output past this is flushed to the stream between text segments, blocks and entities, so a long text or
    // the tens of megabytes of entity JSON of a large document are never held whole: the writer's buffer would
    // otherwise double up to the record's size, a large-object allocation and a copy at each step.
    private const int FlushThreshold = 1024 * 1024;

    private static readonly Comparison<Entity> EntityOrder =
        static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length);

    // Above this many metadata extras the insertion sort's n^2 would outweigh the JIT it saves.
    private const int InsertionSortLimit = 64;

    public static void Write(Utf8JsonWriter writer, IngestResult result, int maxTextLength)
    {
        var document = result.Document;
        var textLength = document is null ? 0 : Math.Min(document.Text.Length, maxTextLength);
        if (document is not null && textLength < document.Text.Length && textLength > 0 && char.IsHighSurrogate(document.Text[textLength - 1]))
        {
            textLength--;
        }

        var truncated = document is not null && textLength < document.Text.Length;
        var status = truncated && result.Status == IngestStatus.Succeeded ? IngestStatus.Partial : result.Status;
        WriteHeader(writer, result, status);
        WriteMetadata(writer, document?.Metadata);
        writer.WritePropertyName("text");
        WriteText(writer, document is null ? ReadOnlySpan<char>.Empty : document.Text.AsSpan(0, textLength));
        WriteBlocks(writer, document, textLength);
        WriteEntities(writer, document, textLength);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        if (truncated)
        {
            WriteDiagnostic(writer, new Diagnostic(
                DiagnosticSeverity.Error,
                "output.text-truncated",
                $"The text of {document!.Text.Length:N0} characters was cut at {textLength:N0} (JsonLinesWriter.MaxTextLength); blocks and entities past the cut were dropped.")
            { Stage = "write" });
        }

        writer.WriteEndArray();
        WriteFooter(writer, result);
    }

    /// <summary>The record of a result that could not be written: its identity and diagnostics, no content.</summary>
    public static void WriteFailed(Utf8JsonWriter writer, IngestResult result, Exception exception)
    {
        WriteHeader(writer, result, IngestStatus.Failed);
        WriteMetadata(writer, null);
        writer.WriteString("text", string.Empty);
        writer.WriteStartArray("blocks");
        writer.WriteEndArray();
        writer.WriteStartArray("entities");
        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        WriteDiagnostic(writer, new Diagnostic(
            DiagnosticSeverity.Error,
            "output.write-failed",
            $"The record could not be written: {exception.GetType().Name}: {exception.Message}")
        { Stage = "write" });
        writer.WriteEndArray();
        WriteFooter(writer, result);
    }

    private static void WriteHeader(Utf8JsonWriter writer, IngestResult result, IngestStatus status)
    {
        writer.WriteStartObject();
        writer.WriteString("source", result.Source.ToString());
        writer.WriteString("mediaType", result.Document?.MediaType ?? result.MediaType);
        writer.WriteString("status", JsonLinesWriter.StatusName(status));
        writer.WriteString("reader", result.Reader);
        if (result.Parent is not null)
        {
            // Only children carry these, so the records of plain documents keep their shape.
            writer.WriteString("parent", result.Parent.ToString());
            writer.WriteString("pathInParent", result.PathInParent);
            writer.WriteNumber("depth", result.Depth);
        }

        writer.WriteStartArray("normalizers");
        foreach (var name in result.Normalizers)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    private static void WriteFooter(Utf8JsonWriter writer, IngestResult result)
    {
        writer.WriteNumber("bytes", result.BytesRead);
        writer.WriteNumber("elapsedMs", Math.Round(result.Elapsed.TotalMilliseconds, 1));
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        if (text.Length > TextSegmentLength)
        {
            while (text.Length > TextSegmentLength)
            {
                // Never split a surrogate pair between segments.
                var length = char.IsHighSurrogate(text[TextSegmentLength - 1]) ? TextSegmentLength - 1 : TextSegmentLength;
                writer.WriteStringValueSegment(text[..length], isFinalSegment: false);
                text = text[length..];
                FlushIfFull(writer);
            }

            writer.WriteStringValueSegment(text, isFinalSegment: true);
            return;
        }
#endif
        writer.WriteStringValue(text);
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
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

        if (diagnostic.Transient)
        {
            writer.WriteBoolean("transient", true);
        }

        writer.WriteEndObject();
    }

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
        WriteDate(writer, "published", metadata?.Published, writeNull: true);
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
            WriteDate(writer, "modified", metadata.Modified, writeNull: false);
            WriteIfNotNull(writer, "siteName", metadata.SiteName);
            WriteIfNotNull(writer, "canonicalUrl", metadata.CanonicalUrl?.ToString());
            WriteIfNotNull(writer, "description", metadata.Description);
            if (metadata.Extra.Count > 0)
            {
                WriteExtra(writer, metadata.Extra);
            }
        }

        writer.WriteEndObject();
    }

    // A date as yyyy-MM-dd, formatted on the stack rather than into a string per record.
    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date, bool writeNull)
    {
        if (date is { } value)
        {
            Span<char> formatted = stackalloc char[10];
            value.TryFormat(formatted, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.WriteString(name, formatted[..length]);
        }
        else if (writeNull)
        {
            writer.WriteNull(name);
        }
    }

    // The extra metadata in ordinal key order (keys are unique, so the order is total), sorted in a pooled array.
    private static void WriteExtra(Utf8JsonWriter writer, IDictionary<string, string> extra)
    {
        writer.WriteStartObject("extra");
        var count = extra.Count;
        var pairs = ArrayPool<KeyValuePair<string, string>>.Shared.Rent(count);
        try
        {
            extra.CopyTo(pairs, 0);
            SortByKey(pairs, count);
            for (var i = 0; i < count; i++)
            {
                writer.WriteString(pairs[i].Key, pairs[i].Value);
            }
        }
        finally
        {
            ArrayPool<KeyValuePair<string, string>>.Shared.Return(pairs, clearArray: true);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Orders the first <paramref name="count"/> pairs by key, ordinally (keys are unique). An insertion sort of the few
    /// metadata extras a document usually has: the framework's sort over key-value pairs has no precompiled form and was
    /// jitted in every host process. Past <see cref="InsertionSortLimit"/> pairs (a file may carry any number of custom
    /// properties) the framework's sort keeps the cost at n log n.
    /// </summary>
    private static void SortByKey(KeyValuePair<string, string>[] pairs, int count)
    {
        if (count > InsertionSortLimit)
        {
            Array.Sort(pairs, 0, count, Comparer<KeyValuePair<string, string>>.Create(static (a, b) => string.CompareOrdinal(a.Key, b.Key)));
            return;
        }

        for (var i = 1; i < count; i++)
        {
            var pair = pairs[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(pairs[j].Key, pair.Key) > 0)
            {
                pairs[j + 1] = pairs[j];
                j--;
            }

            pairs[j + 1] = pair;
        }
    }

    private static void WriteBlocks(Utf8JsonWriter writer, Document? document, int textLength)
    {
        writer.WriteStartArray("blocks");
        if (document is not null)
        {
            foreach (var block in document.Blocks)
            {
                if (block.Start + block.Length > textLength)
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString(JsonNames.Kind, JsonNames.KindName(block.Kind));
                writer.WriteNumber(JsonNames.Start, block.Start);
                writer.WriteNumber(JsonNames.Length, block.Length);
                if (block.Level is { } level)
                {
                    writer.WriteNumber(JsonNames.Level, level);
                }

                if (block.Page is { } page)
                {
                    writer.WriteNumber(JsonNames.Page, page);
                }

                if (block.Bounds is { } box)
                {
                    writer.WriteStartArray(JsonNames.Bounds);
                    writer.WriteNumberValue(Math.Round(box.Left, 2));
                    writer.WriteNumberValue(Math.Round(box.Bottom, 2));
                    writer.WriteNumberValue(Math.Round(box.Right, 2));
                    writer.WriteNumberValue(Math.Round(box.Top, 2));
                    writer.WriteEndArray();
                }

                if (block.SourceRange is { } range)
                {
                    writer.WriteNumber(JsonNames.SourceStart, range.Start);
                    writer.WriteNumber(JsonNames.SourceLength, range.Length);
                }

                writer.WriteEndObject();
                FlushIfFull(writer);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter writer, Document? document, int textLength)
    {
        writer.WriteStartArray("entities");
        if (document is not null && document.Entities.Count > 0)
        {
            // Sorted in a pooled array: a large document's hundreds of thousands of entities cost no new array per record.
            var count = document.Entities.Count;
            var ordered = ArrayPool<Entity>.Shared.Rent(count);
            try
            {
                document.Entities.CopyTo(ordered, 0);
                ordered.AsSpan(0, count).Sort(EntityOrder);
                WriteEntities(writer, ordered.AsSpan(0, count), textLength);
            }
            finally
            {
                ArrayPool<Entity>.Shared.Return(ordered, clearArray: true);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter writer, ReadOnlySpan<Entity> ordered, int textLength)
    {
        foreach (var entity in ordered)
        {
            if (entity.Start + entity.Length > textLength)
            {
                continue;
            }

            writer.WriteStartObject();
            var type = entity.Type;
            if (JsonNames.TryGetEntityType(type, out var encodedType))
            {
                writer.WriteString(JsonNames.Type, encodedType);
            }
            else
            {
                writer.WriteString(JsonNames.Type, type);
            }

            writer.WriteNumber(JsonNames.Start, entity.Start);
            writer.WriteNumber(JsonNames.Length, entity.Length);
            writer.WriteString(JsonNames.Text, entity.Text);
            entity.WriteProperties(writer);
            writer.WriteEndObject();
            FlushIfFull(writer);
        }
    }

    private static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushThreshold)
        {
            writer.Flush();
        }
    }

    private static void WriteIfNotNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
