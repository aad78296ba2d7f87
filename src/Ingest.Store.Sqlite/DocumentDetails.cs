using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Chunking;

namespace Ingest.Store.Sqlite;

/// <summary>
/// One document's rows of schema 7, built in reusable buffers: its blocks and entities as two compact JSON arrays (an
/// entity whose properties repeat an earlier one's gives where those bytes are in the array instead), the
/// text its names are searched by (each distinct written form, canonical form and key, once), its merged date ranges
/// and its distinct numbers.
/// </summary>
internal sealed class DocumentDetails
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter? _json;
    private readonly HashSet<string> _nameForms = new(StringComparer.OrdinalIgnoreCase);
    private readonly StringBuilder _names = new(1024);

    // The properties already written for this document, by hash: where they are in the buffer (to compare the bytes and
    // to point to them).
    private readonly Dictionary<int, (string Type, int Start, int Length)> _written = [];
    private readonly ArrayBufferWriter<byte> _scratch = new(1024);
    private Utf8JsonWriter? _scratchJson;
    private readonly Dictionary<Entity, int> _chunkAt = new(ReferenceEqualityComparer.Instance);

    private int _blocksEnd;

    /// <summary>The blocks' JSON array, UTF-8, until the next <see cref="Build"/>.</summary>
    public ReadOnlySpan<byte> Blocks => _buffer.WrittenSpan[.._blocksEnd];

    /// <summary>The entities' JSON array, UTF-8, until the next <see cref="Build"/>.</summary>
    public ReadOnlySpan<byte> Entities => _buffer.WrittenSpan[_blocksEnd..];

    /// <summary>The name forms joined by <see cref="StoreSchema.NameSeparator"/>; <see langword="null"/> when there are none.</summary>
    public string? Names { get; private set; }

    public DateRanges Dates { get; } = new();

    public HashSet<(string Unit, double Number)> Numbers { get; } = [];

    public void Build(Document document, IReadOnlyList<Chunk> chunks)
    {
        _buffer.ResetWrittenCount();
        WriteBlocks(document.Blocks);
        _blocksEnd = _buffer.WrittenCount;
        Dates.Clear();
        Numbers.Clear();
        _nameForms.Clear();
        _written.Clear();
        _names.Clear();
        WriteEntities(document.Entities, chunks);
        Names = _names.Length == 0 ? null : _names.ToString();
    }

    private void WriteBlocks(IReadOnlyList<Block> blocks)
    {
        Start();
        Writer.WriteStartArray();
        foreach (var block in blocks)
        {
            // Trailing nulls are left out: json_extract reads a missing element as null.
            var box = block.Bounds;
            var last = box is not null ? 10 : block.Page is not null ? 6 : block.SourceRange is not null ? 5 : 3;
            Writer.WriteStartArray();
            Writer.WriteStringValue(StoreJson.BlockKindName(block.Kind));
            Number(block.Level);
            Writer.WriteNumberValue(block.Start);
            Writer.WriteNumberValue(block.Length);
            if (last > 3)
            {
                Number(block.SourceRange?.Start);
                Number(block.SourceRange?.Length);
            }

            if (last > 5)
            {
                Number(block.Page);
            }

            if (box is { } b)
            {
                StoreJson.WriteBoxNumbers(Writer, b);
            }

            Writer.WriteEndArray();
        }

        Writer.WriteEndArray();
        Writer.Flush();
    }

    private void WriteEntities(IList<Entity> entities, IReadOnlyList<Chunk> chunks)
    {
        var chunkAt = ChunkLookup.Positions(chunks, _chunkAt);
        Start();
        Writer.WriteStartArray();
        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            Writer.WriteStartArray();
            Writer.WriteStringValue(entity.Type);
            Writer.WriteNumberValue(entity.Start);
            Writer.WriteNumberValue(entity.Length);
            Writer.WriteStringValue(entity.Text);
            Number(chunkAt.TryGetValue(entity, out var at) ? chunks[at].Index : null);
            WriteProperties(entity);
            Writer.WriteEndArray();
        }

        Writer.WriteEndArray();
        Writer.Flush();
    }

    /// <summary>
    /// Writes an entity's properties, or, when an earlier entity of the document wrote the same type and properties, where
    /// those are in the column instead (<c>[byte offset, byte length]</c>): a name, date or number mentioned again writes the same properties (the
    /// same canonical form, range or value), and so the properties of a name were most of the entities' bytes. Only new
    /// properties are read for the indexed facts; of a repeated name only its written form (the mention's text) can be new.
    /// </summary>
    private void WriteProperties(Entity entity)
    {
        var scratch = Scratch;
        scratch.Reset(_scratch);
        _scratch.ResetWrittenCount();
        scratch.WriteStartObject();
        entity.WriteProperties(scratch);
        scratch.WriteEndObject();
        scratch.Flush();
        var properties = _scratch.WrittenSpan;

        var hash = new HashCode();
        hash.Add(entity.Type);
        hash.AddBytes(properties);
        var key = hash.ToHashCode();
        if (_written.TryGetValue(key, out var seen) && seen.Type == entity.Type
            && _buffer.WrittenSpan.Slice(seen.Start, seen.Length).SequenceEqual(properties))
        {
            // Where the properties are in the entities column (UTF-8 bytes), not which entity wrote them: the view reads
            // them with one substr of the column, in constant time, where a JSON path to an element walks the array to it.
            Writer.WriteStartArray();
            Writer.WriteNumberValue(seen.Start - _blocksEnd);
            Writer.WriteNumberValue(seen.Length);
            Writer.WriteEndArray();
            if (entity.Type == "name")
            {
                AddNameForm(entity.Text);
            }

            return;
        }

        Writer.WriteRawValue(properties, skipInputValidation: true);
        Writer.Flush();
        var start = _buffer.WrittenCount - properties.Length;
        _written.TryAdd(key, (entity.Type, start, properties.Length));
        Index(entity, properties);
    }

    private void Index(Entity entity, ReadOnlySpan<byte> properties)
    {
        switch (entity.Type)
        {
            case "date":
                var date = EntityFacts.Read(properties, entity.Text);
                if (date.Earliest is { } earliest && date.Latest is { } latest)
                {
                    Dates.Add(earliest, latest);
                }

                break;
            case "number":
                var number = EntityFacts.Read(properties, entity.Text);
                if (number.Number is { } value)
                {
                    Numbers.Add((number.Unit ?? string.Empty, value));
                }

                break;
            case "name":
                var name = EntityFacts.Read(properties, entity.Text);
                AddNameForm(entity.Text);
                AddNameForm(name.Value);
                AddNameForm(name.Key);
                break;
        }
    }

    private void AddNameForm(string? form)
    {
        if (string.IsNullOrWhiteSpace(form) || !_nameForms.Add(form))
        {
            return;
        }

        if (_names.Length > 0)
        {
            _names.Append(' ').Append(StoreSchema.NameSeparator).Append(' ');
        }

        // The separator itself inside a form would join it to its neighbours: taken out.
        var start = _names.Length;
        _names.Append(form);
        _names.Replace(StoreSchema.NameSeparator, ' ', start, form.Length);
    }

    private void Number(int? value)
    {
        if (value is { } v)
        {
            Writer.WriteNumberValue(v);
        }
        else
        {
            Writer.WriteNullValue();
        }
    }

    // One writer for every document of the store, reset onto the emptied buffer.
    private Utf8JsonWriter Writer => _json ??= new Utf8JsonWriter(_buffer, Options);

    // Each entity's properties are written here first, to be compared with the ones already written.
    private Utf8JsonWriter Scratch => _scratchJson ??= new Utf8JsonWriter(_scratch, Options);

    // Both arrays go into the one buffer, one after the other: the writer is reset onto it before each.
    private void Start() => Writer.Reset(_buffer);
}
