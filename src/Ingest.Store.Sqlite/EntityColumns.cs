using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The typed columns of an entity, read from the properties every entity writes (docs/output-format.md): dates give
/// <c>value</c>, <c>earliest</c>, <c>latest</c>; numbers <c>value</c>, <c>low</c>, <c>high</c>, <c>unit</c>; names
/// <c>value</c>, <c>kind</c>, <c>key</c>. The store depends on that written contract, not on the normalizer types.
/// </summary>
internal sealed class EntityColumns
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);
    private Utf8JsonWriter? _writer;

    public string Properties { get; private set; } = "{}";

    public string? Kind { get; private set; }

    public string? Value { get; private set; }

    public string? Earliest { get; private set; }

    public string? Latest { get; private set; }

    public double? Number { get; private set; }

    public double? Low { get; private set; }

    public double? High { get; private set; }

    public string? Unit { get; private set; }

    public string? NameKey { get; private set; }

    public void Read(Entity entity)
    {
        // One writer for every entity of the store, reset onto the emptied buffer.
        _buffer.ResetWrittenCount();
        var writer = _writer ??= new Utf8JsonWriter(_buffer);
        writer.Reset(_buffer);
        writer.WriteStartObject();
        entity.WriteProperties(writer);
        writer.WriteEndObject();
        writer.Flush();

        Kind = Value = Earliest = Latest = Unit = NameKey = null;
        Number = Low = High = null;
        Properties = Encoding.UTF8.GetString(_buffer.WrittenSpan);
        var reader = new Utf8JsonReader(_buffer.WrittenSpan);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = PropertyOf(ref reader);
            reader.Read();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            Assign(name, ref reader);
        }
    }

    // The property names the columns come from, matched on the UTF-8 bytes: no string per property of every entity.
    private static string? PropertyOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("value"u8) ? "value"
        : reader.ValueTextEquals("kind"u8) ? "kind"
        : reader.ValueTextEquals("earliest"u8) ? "earliest"
        : reader.ValueTextEquals("latest"u8) ? "latest"
        : reader.ValueTextEquals("low"u8) ? "low"
        : reader.ValueTextEquals("high"u8) ? "high"
        : reader.ValueTextEquals("unit"u8) ? "unit"
        : reader.ValueTextEquals("key"u8) ? "key"
        : null;

    private void Assign(string? name, ref Utf8JsonReader reader)
    {
        switch (name)
        {
            case "value" when reader.TokenType == JsonTokenType.Number:
                Number = reader.GetDouble();
                Value = Number.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "value" when reader.TokenType == JsonTokenType.String:
                Value = reader.GetString();
                break;
            case "kind" when reader.TokenType == JsonTokenType.String:
                Kind = reader.GetString();
                break;
            case "earliest" when reader.TokenType == JsonTokenType.String:
                Earliest = reader.GetString();
                break;
            case "latest" when reader.TokenType == JsonTokenType.String:
                Latest = reader.GetString();
                break;
            case "low" when reader.TokenType == JsonTokenType.Number:
                Low = reader.GetDouble();
                break;
            case "high" when reader.TokenType == JsonTokenType.Number:
                High = reader.GetDouble();
                break;
            case "unit" when reader.TokenType == JsonTokenType.String:
                Unit = reader.GetString();
                break;
            case "key" when reader.TokenType == JsonTokenType.String:
                NameKey = reader.GetString();
                break;
        }
    }
}
