using System.Globalization;
using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// The document a plugin worker read, as JSON between the worker and the host: blocks with their provenance (source
/// range, page, exact bounds), metadata, link entities, other entities with the properties they write themselves
/// (<see cref="TransferredEntity"/>) and diagnostics; the text travels beside it as UTF-16 (see
/// <see cref="PluginWorkerProtocol"/>), so no JSON value limit applies and even a lone surrogate survives. Unlike the
/// JSON Lines record, nothing is rounded, cut or left out: the document on the host equals the one the reader returned.
/// </summary>
internal static class DocumentWireFormat
{
    public static void Write(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartObject();
        writer.WriteString("source", document.Source.OriginalString);
        writer.WriteString("mediaType", document.MediaType);
        WriteMetadata(writer, document.Metadata);
        writer.WriteStartArray("blocks");
        foreach (var block in document.Blocks)
        {
            WriteBlock(writer, block);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("links");
        foreach (var link in document.Entities.OfType<LinkEntity>())
        {
            writer.WriteStartObject();
            writer.WriteNumber(JsonNames.Start, link.Start);
            writer.WriteNumber(JsonNames.Length, link.Length);
            writer.WriteString(JsonNames.Text, link.Text);
            writer.WriteString("target", link.Target);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        var untransferred = WriteEntities(writer, document.Entities.Where(e => e is not LinkEntity));
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in document.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        foreach (var diagnostic in untransferred)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes entities other than links as an <c>entities</c> array: type, range, text and the properties the entity
    /// writes itself (read back as <see cref="TransferredEntity"/>). An entity whose properties cannot be written is
    /// left out with a warning, returned.
    /// </summary>
    public static List<Diagnostic> WriteEntities(Utf8JsonWriter writer, IEnumerable<Entity> entities)
    {
        var failures = new List<Diagnostic>();
        writer.WriteStartArray("entities");
        using var buffer = new MemoryStream();
        foreach (var entity in entities)
        {
            buffer.SetLength(0);
            try
            {
                using var properties = new Utf8JsonWriter(buffer);
                properties.WriteStartObject();
                entity.WriteProperties(properties);
                properties.WriteEndObject();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add(new Diagnostic(
                    DiagnosticSeverity.Warning,
                    "plugin.entity-not-transferred",
                    $"A '{entity.Type}' entity at {entity.Start} could not cross the process boundary: writing its properties threw {e.GetType().Name}: {e.Message}"));
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("type", entity.Type);
            writer.WriteNumber(JsonNames.Start, entity.Start);
            writer.WriteNumber(JsonNames.Length, entity.Length);
            writer.WriteString(JsonNames.Text, entity.Text);
            writer.WritePropertyName("properties");
            writer.WriteRawValue(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), skipInputValidation: true);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        return failures;
    }

    /// <summary>Reads an <c>entities</c> array written by <see cref="WriteEntities"/>.</summary>
    public static IEnumerable<Entity> ReadEntities(JsonElement json)
    {
        foreach (var entity in json.EnumerateArray())
        {
            yield return new TransferredEntity(
                entity.GetProperty("type").GetString()!,
                entity.GetProperty("start").GetInt32(),
                entity.GetProperty("length").GetInt32(),
                entity.GetProperty("text").GetString()!,
                entity.GetProperty("properties").Clone());
        }
    }

    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteNumber("severity", (int)diagnostic.Severity);
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("stage", diagnostic.Stage);
        writer.WriteString("location", diagnostic.Location);
        if (diagnostic.Attempts is { } attempts)
        {
            writer.WriteNumber("attempts", attempts);
        }

        writer.WriteBoolean("transient", diagnostic.Transient);
        writer.WriteEndObject();
    }

    public static Document Read(JsonElement json, string text)
    {
        var blocks = json.GetProperty("blocks").EnumerateArray().Select(ReadBlock).ToArray();
        var document = new Document(
            new Uri(json.GetProperty("source").GetString()!, UriKind.RelativeOrAbsolute),
            json.GetProperty("mediaType").GetString()!,
            text,
            blocks,
            ReadMetadata(json.GetProperty("metadata")));
        foreach (var link in json.GetProperty("links").EnumerateArray())
        {
            document.Entities.Add(new LinkEntity(
                link.GetProperty("start").GetInt32(),
                link.GetProperty("length").GetInt32(),
                link.GetProperty("text").GetString()!,
                link.GetProperty("target").GetString()!));
        }

        foreach (var entity in ReadEntities(json.GetProperty("entities")))
        {
            document.Entities.Add(entity);
        }

        foreach (var diagnostic in json.GetProperty("diagnostics").EnumerateArray())
        {
            document.Diagnostics.Add(ReadDiagnostic(diagnostic));
        }

        return document;
    }

    public static Diagnostic ReadDiagnostic(JsonElement json) => new(
        (DiagnosticSeverity)json.GetProperty("severity").GetInt32(),
        json.GetProperty("code").GetString()!,
        json.GetProperty("message").GetString()!)
    {
        Stage = json.GetProperty("stage").GetString(),
        Location = json.GetProperty("location").GetString(),
        Attempts = json.TryGetProperty("attempts", out var attempts) ? attempts.GetInt32() : null,
        Transient = json.GetProperty("transient").GetBoolean(),
    };

    private static void WriteBlock(Utf8JsonWriter writer, Block block)
    {
        writer.WriteStartObject();
        writer.WriteNumber(JsonNames.Kind, (int)block.Kind);
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
            // Doubles are written in their shortest round-trip form, so the bounds come back bit for bit.
            writer.WriteStartArray(JsonNames.Bounds);
            writer.WriteNumberValue(box.Left);
            writer.WriteNumberValue(box.Bottom);
            writer.WriteNumberValue(box.Right);
            writer.WriteNumberValue(box.Top);
            writer.WriteEndArray();
        }

        if (block.SourceRange is { } range)
        {
            writer.WriteNumber(JsonNames.SourceStart, range.Start);
            writer.WriteNumber(JsonNames.SourceLength, range.Length);
        }

        writer.WriteEndObject();
    }

    private static Block ReadBlock(JsonElement json)
    {
        BoundingBox? bounds = null;
        if (json.TryGetProperty("bounds", out var box))
        {
            bounds = new BoundingBox(box[0].GetDouble(), box[1].GetDouble(), box[2].GetDouble(), box[3].GetDouble());
        }

        return new Block((BlockKind)json.GetProperty("kind").GetInt32(), json.GetProperty("start").GetInt32(), json.GetProperty("length").GetInt32())
        {
            Level = json.TryGetProperty("level", out var level) ? level.GetInt32() : null,
            Page = json.TryGetProperty("page", out var page) ? page.GetInt32() : null,
            Bounds = bounds,
            SourceRange = json.TryGetProperty("sourceStart", out var start)
                ? new SourceRange(start.GetInt32(), json.GetProperty("sourceLength").GetInt32())
                : null,
        };
    }

    private static void WriteMetadata(Utf8JsonWriter writer, DocumentMetadata metadata)
    {
        writer.WriteStartObject("metadata");
        writer.WriteString("title", metadata.Title);
        writer.WriteStartArray("authors");
        foreach (var author in metadata.Authors)
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        writer.WriteString("published", metadata.Published?.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("modified", metadata.Modified?.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("language", metadata.Language);
        if (metadata.PageCount is { } pages)
        {
            writer.WriteNumber("pageCount", pages);
        }

        writer.WriteString("siteName", metadata.SiteName);
        writer.WriteString("canonicalUrl", metadata.CanonicalUrl?.OriginalString);
        writer.WriteString("description", metadata.Description);
        writer.WriteStartObject("extra");
        foreach (var pair in metadata.Extra)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static DocumentMetadata ReadMetadata(JsonElement json)
    {
        var metadata = new DocumentMetadata
        {
            Title = json.GetProperty("title").GetString(),
            Published = ReadDate(json.GetProperty("published")),
            Modified = ReadDate(json.GetProperty("modified")),
            Language = json.GetProperty("language").GetString(),
            PageCount = json.TryGetProperty("pageCount", out var pages) ? pages.GetInt32() : null,
            SiteName = json.GetProperty("siteName").GetString(),
            CanonicalUrl = json.GetProperty("canonicalUrl").GetString() is { } url ? new Uri(url, UriKind.RelativeOrAbsolute) : null,
            Description = json.GetProperty("description").GetString(),
        };
        foreach (var author in json.GetProperty("authors").EnumerateArray())
        {
            metadata.Authors.Add(author.GetString()!);
        }

        foreach (var pair in json.GetProperty("extra").EnumerateObject())
        {
            metadata.Extra[pair.Name] = pair.Value.GetString()!;
        }

        return metadata;
    }

    private static DateOnly? ReadDate(JsonElement json)
        => json.GetString() is { } text ? DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture) : null;
}
