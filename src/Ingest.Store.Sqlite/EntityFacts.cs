using System.Text.Json;

namespace Ingest.Store.Sqlite;

/// <summary>
/// What the store indexes of one entity, read from the properties it wrote (docs/output-format.md): a date's
/// <c>earliest</c>/<c>latest</c>, a number's <c>value</c>/<c>unit</c>, a name's <c>value</c>/<c>key</c>. Only the
/// properties used are turned into strings.
/// </summary>
internal struct EntityFacts
{
    public string? Earliest;
    public string? Latest;
    public double? Number;
    public string? Unit;
    public string? Value;
    public string? Key;

    /// <summary>Reads the top-level properties of the JSON object <paramref name="properties"/>.</summary>
    public static EntityFacts Read(ReadOnlySpan<byte> properties, string entityText)
    {
        var facts = default(EntityFacts);
        var reader = new Utf8JsonReader(properties);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = Name(ref reader);
            reader.Read();
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            facts.Assign(property, ref reader, entityText);
        }

        return facts;
    }

    private static int Name(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("value"u8) ? 1
        : reader.ValueTextEquals("earliest"u8) ? 2
        : reader.ValueTextEquals("latest"u8) ? 3
        : reader.ValueTextEquals("unit"u8) ? 4
        : reader.ValueTextEquals("key"u8) ? 5
        : 0;

    private void Assign(int property, ref Utf8JsonReader reader, string entityText)
    {
        var isString = reader.TokenType == JsonTokenType.String;
        switch (property)
        {
            case 1 when reader.TokenType == JsonTokenType.Number:
                Number = reader.GetDouble();
                break;

            // A name's canonical form is often its written form: no second string then.
            case 1 when isString:
                Value = reader.ValueTextEquals(entityText) ? entityText : reader.GetString();
                break;
            case 2 when isString:
                Earliest = reader.GetString();
                break;
            case 3 when isString:
                Latest = reader.GetString();
                break;
            case 4 when isString:
                Unit = reader.GetString();
                break;
            case 5 when isString:
                Key = reader.GetString();
                break;
        }
    }
}
