using System.Globalization;
using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// The messages of a normalizer run in a plugin worker. The host sends a header (the normalizer's index, the reference
/// date, the entity limit) and the document (<see cref="PluginWorkerProtocol.WriteDocumentAsync"/>: text, blocks,
/// metadata, every entity so far, diagnostics); the worker runs the normalizer and answers with what it added (entities
/// and diagnostics) and, when it threw, why.
/// </summary>
internal static class NormalizeMessages
{
    /// <summary>What a normalizer run in a worker added, and its failure when it threw.</summary>
    public sealed record Outcome(IReadOnlyList<Entity> Entities, IReadOnlyList<Diagnostic> Diagnostics, int Refused, string? Failure);

    public static async ValueTask WriteRequestAsync(Stream output, int normalizer, Document document, NormalizationContext context, int entityLimit, CancellationToken cancellationToken)
    {
        await WireFrames.WriteJsonAsync(output, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("normalizer", normalizer);
            w.WriteString("referenceDate", context.ReferenceDate?.ToString("O", CultureInfo.InvariantCulture));
            w.WriteNumber("referenceDateOrigin", (int)context.ReferenceDateOrigin);
            w.WriteNumber("entityLimit", entityLimit);
            w.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
        await PluginWorkerProtocol.WriteDocumentAsync(output, document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>In the worker: the rest of a normalize request whose header is <paramref name="header"/>.</summary>
    public static async ValueTask<(int Normalizer, Document Document, NormalizationContext Context, int EntityLimit)?> ReadRequestAsync(JsonElement header, Stream input, CancellationToken cancellationToken)
    {
        if (await PluginWorkerProtocol.ReadDocumentAsync(input, cancellationToken).ConfigureAwait(false) is not { } document)
        {
            return null;
        }

        var date = header.GetProperty("referenceDate").GetString() is { } text ? DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture) : (DateOnly?)null;
        var context = new NormalizationContext(date, (ReferenceDateOrigin)header.GetProperty("referenceDateOrigin").GetInt32());
        return (header.GetProperty("normalizer").GetInt32(), document, context, header.GetProperty("entityLimit").GetInt32());
    }

    /// <summary>In the worker: the entities and diagnostics added after the first <paramref name="entitiesBefore"/> and <paramref name="diagnosticsBefore"/>.</summary>
    public static ValueTask WriteOutcomeAsync(Stream output, Document document, int entitiesBefore, int diagnosticsBefore, string? failure, CancellationToken cancellationToken)
        => WireFrames.WriteJsonAsync(output, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("normalized");
            var untransferred = DocumentWireFormat.WriteEntities(w, document.Entities.Skip(entitiesBefore));
            w.WriteStartArray("diagnostics");
            foreach (var diagnostic in document.Diagnostics.Skip(diagnosticsBefore).Concat(untransferred))
            {
                DocumentWireFormat.WriteDiagnostic(w, diagnostic);
            }

            w.WriteEndArray();
            w.WriteNumber("refused", document.EntityList.Refused);
            w.WriteString("failure", failure);
            w.WriteEndObject();
            w.WriteEndObject();
        }, cancellationToken);

    /// <summary>The worker's answer; <see langword="null"/> when the pipe ended (the worker died).</summary>
    public static async ValueTask<Outcome?> ReadOutcomeAsync(Stream input, CancellationToken cancellationToken)
    {
        if (await WireFrames.ReadAsync(input, cancellationToken).ConfigureAwait(false) is not { } frame)
        {
            return null;
        }

        using var json = JsonDocument.Parse(frame);
        var root = json.RootElement.GetProperty("normalized");
        return new Outcome(
            DocumentWireFormat.ReadEntities(root.GetProperty("entities")).ToArray(),
            root.GetProperty("diagnostics").EnumerateArray().Select(DocumentWireFormat.ReadDiagnostic).ToArray(),
            root.GetProperty("refused").GetInt32(),
            root.GetProperty("failure").GetString());
    }
}
