using System.Text.Json;

namespace Ingest;

/// <summary>
/// A typed annotation over a range of <see cref="Document.Text"/>: a link, a date, a number, a name,
/// or a kind a plugin defines.
/// </summary>
public abstract class Entity
{
    /// <summary>Creates an entity over <c>[start, start + length)</c> of the document text.</summary>
    /// <param name="start">The UTF-16 offset in the document text.</param>
    /// <param name="length">The length in UTF-16 code units.</param>
    /// <param name="text">The annotated text as it appears in the document.</param>
    protected Entity(int start, int length, string text)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentNullException.ThrowIfNull(text);
        Start = start;
        Length = length;
        Text = text;
    }

    /// <summary>The entity type as written to the output (<c>link</c>, <c>date</c>, <c>number</c>, <c>name</c>, …).</summary>
    public abstract string Type { get; }

    /// <summary>The UTF-16 offset in the document text.</summary>
    public int Start { get; }

    /// <summary>The length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The annotated text as it appears in the document.</summary>
    public string Text { get; }

    /// <summary>
    /// Writes the entity's <c>value</c> and its type-specific properties into the JSON object that the writer
    /// has already opened and filled with <c>type</c>, <c>start</c>, <c>length</c> and <c>text</c>.
    /// </summary>
    /// <param name="writer">The writer, positioned inside the entity's JSON object.</param>
    public abstract void WriteProperties(Utf8JsonWriter writer);

    /// <inheritdoc />
    public override string ToString() => $"{Type} [{Start}, {Start + Length}) \"{Text}\"";
}
