using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// An entity that crossed the process boundary between the host and a plugin worker: its type, range and text, and
/// the properties its own <see cref="Entity.WriteProperties"/> wrote, kept as JSON and written back unchanged. Its
/// output record is the original's; code that looks for the original class (a plugin's <c>EmailEntity</c>, the
/// built-in <c>DateEntity</c>) sees this one instead, by its <see cref="Type"/>.
/// </summary>
internal sealed class TransferredEntity : Entity
{
    private readonly JsonElement _properties;

    public TransferredEntity(string type, int start, int length, string text, JsonElement properties)
        : base(start, length, text)
    {
        Type = type;
        _properties = properties;
    }

    public override string Type { get; }

    /// <summary>The properties as JSON: an object.</summary>
    public JsonElement Properties => _properties;

    public override void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var property in _properties.EnumerateObject())
        {
            property.WriteTo(writer);
        }
    }
}
