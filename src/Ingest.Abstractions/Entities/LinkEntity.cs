using System.Text.Json;

namespace Ingest;

/// <summary>A hyperlink over its anchor text, with the target resolved to an absolute URL where possible.</summary>
public sealed class LinkEntity : Entity
{
    /// <summary>Creates a link.</summary>
    /// <param name="start">The UTF-16 offset of the anchor text in the document text.</param>
    /// <param name="length">The length of the anchor text.</param>
    /// <param name="text">The anchor text.</param>
    /// <param name="target">The link target, absolute when it could be resolved.</param>
    public LinkEntity(int start, int length, string text, string target)
        : base(start, length, text)
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
    }

    /// <inheritdoc />
    public override string Type => EntityTypes.Link;

    /// <summary>The link target, absolute when it could be resolved.</summary>
    public string Target { get; }

    /// <inheritdoc />
    public override void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("value", Target);
    }
}
