using System.Text.Json;
using Ingest;

namespace OverflowingPlugin;

/// <summary>An entity type of the plugin's own, with properties of several JSON kinds.</summary>
public sealed class MarkEntity(int start, int length, string text, int seen, DateOnly? reference) : Entity(start, length, text)
{
    /// <inheritdoc />
    public override string Type => "mark";

    /// <inheritdoc />
    public override void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("value", seen);
        writer.WriteString("reference", reference?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteStartObject("detail");
        writer.WriteNumber("ratio", 1.0 / 3);
        writer.WriteStartArray("tags");
        writer.WriteStringValue("a\u00e9\"");
        writer.WriteBooleanValue(true);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
