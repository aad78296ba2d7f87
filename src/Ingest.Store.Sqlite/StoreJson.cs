using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Chunking;

namespace Ingest.Store.Sqlite;

/// <summary>The JSON the store keeps in text columns (metadata, diagnostics, chunk provenance), written without reflection.</summary>
internal static class StoreJson
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Block kinds by value, named once: the name is written for every block.
    private static readonly string[] BlockKindNames = Enum.GetValues<BlockKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())).ToArray();

    public static string BlockKindName(BlockKind kind) => (uint)kind < (uint)BlockKindNames.Length ? BlockKindNames[(int)kind] : kind.ToString();

    public static string Strings(IEnumerable<string> values) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    });

    public static string Numbers(IReadOnlyList<int> values) => Write(w => WriteNumbers(w, values));

    public static string BlockKinds(IReadOnlyList<BlockKind> kinds) => Write(w => WriteBlockKinds(w, kinds));

    public static string Segments(IReadOnlyList<ChunkSegment> segments) => Write(w => WriteSegments(w, segments));

    public static void WriteNumbers(Utf8JsonWriter w, IReadOnlyList<int> values)
    {
        w.WriteStartArray();
        for (var i = 0; i < values.Count; i++)
        {
            w.WriteNumberValue(values[i]);
        }

        w.WriteEndArray();
    }

    public static void WriteBlockKinds(Utf8JsonWriter w, IReadOnlyList<BlockKind> kinds)
    {
        w.WriteStartArray();
        for (var i = 0; i < kinds.Count; i++)
        {
            w.WriteStringValue(BlockKindName(kinds[i]));
        }

        w.WriteEndArray();
    }

    public static string Metadata(DocumentMetadata? metadata) => Write(w =>
    {
        w.WriteStartObject();
        if (metadata is not null)
        {
            WriteIf(w, "siteName", metadata.SiteName);
            WriteIf(w, "description", metadata.Description);
            WriteIf(w, "canonicalUrl", metadata.CanonicalUrl?.ToString());
            WriteIf(w, "modified", metadata.Modified?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            foreach (var (key, value) in metadata.Extra)
            {
                w.WriteString(key, value);
            }
        }

        w.WriteEndObject();
    });

    public static string Diagnostics(IReadOnlyList<Diagnostic> diagnostics) => Write(w =>
    {
        w.WriteStartArray();
        foreach (var d in diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToUpperInvariant());
            w.WriteString("code", d.Code);
            w.WriteString("message", d.Message);
            WriteIf(w, "stage", d.Stage);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    public static void WriteSegments(Utf8JsonWriter w, IReadOnlyList<ChunkSegment> segments)
    {
        w.WriteStartArray();
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            w.WriteStartObject();
            w.WriteNumber("chunkStart", s.ChunkStart);
            w.WriteNumber("start", s.DocumentStart);
            w.WriteNumber("length", s.Length);
            w.WriteNumber("block", s.BlockIndex);
            if (s.SourceRange is { } range)
            {
                w.WriteNumber("sourceStart", range.Start);
                w.WriteNumber("sourceLength", range.Length);
            }

            if (s.Page is { } page)
            {
                w.WriteNumber("page", page);
            }

            if (s.Bounds is { } b)
            {
                w.WriteStartArray("box");
                WriteBoxNumbers(w, b);
                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>
    /// A chunk's segments as arrays, the SQLite store's shape since schema 7: <c>[chunk start, start, length, block,
    /// source start, source length, page, left, bottom, right, top]</c>, trailing nulls left out (as for blocks). The
    /// objects of <see cref="WriteSegments"/> spent most of their bytes on key names, written again for every segment.
    /// </summary>
    public static void WriteSegmentArrays(Utf8JsonWriter w, IReadOnlyList<ChunkSegment> segments)
    {
        w.WriteStartArray();
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            var last = s.Bounds is not null ? 10 : s.Page is not null ? 6 : s.SourceRange is not null ? 5 : 3;
            w.WriteStartArray();
            w.WriteNumberValue(s.ChunkStart);
            w.WriteNumberValue(s.DocumentStart);
            w.WriteNumberValue(s.Length);
            w.WriteNumberValue(s.BlockIndex);
            if (last > 3)
            {
                WriteNumberOrNull(w, s.SourceRange?.Start);
                WriteNumberOrNull(w, s.SourceRange?.Length);
            }

            if (last > 5)
            {
                WriteNumberOrNull(w, s.Page);
            }

            if (s.Bounds is { } b)
            {
                WriteBoxNumbers(w, b);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a box's four edges (left, bottom, right, top) into the array being written, the order blocks and segments store.</summary>
    /// <param name="writer">The writer, inside an array.</param>
    /// <param name="box">The box.</param>
    public static void WriteBoxNumbers(Utf8JsonWriter writer, BoundingBox box)
    {
        writer.WriteNumberValue(box.Left);
        writer.WriteNumberValue(box.Bottom);
        writer.WriteNumberValue(box.Right);
        writer.WriteNumberValue(box.Top);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
