using System.Text.Json;

namespace Ingest.Normalizers.Names;

/// <summary>
/// A mention of a person, place or organisation, with the canonical form of the name and a key shared by every
/// mention of the same entity across the documents a <see cref="NameNormalizer"/> has seen.
/// </summary>
public sealed class NameEntity : Entity
{
    /// <summary>Creates a name mention.</summary>
    /// <param name="start">The UTF-16 offset of the mention in the document text.</param>
    /// <param name="length">The length of the mention.</param>
    /// <param name="text">The mention as written.</param>
    /// <param name="kind">What the name names.</param>
    /// <param name="canonical">The fullest, most common well-spelled form of the name (<c>Ilham Aliyev</c>).</param>
    /// <param name="key">The stable identifier of the entity (<c>person/ilham-aliev</c>).</param>
    /// <param name="variants">The other surface forms of the same entity in the document.</param>
    public NameEntity(int start, int length, string text, NameKind kind, string canonical, string key, IReadOnlyList<string>? variants = null)
        : base(start, length, text)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonical);
        ArgumentException.ThrowIfNullOrEmpty(key);
        Kind = kind;
        Canonical = canonical;
        Key = key;
        Variants = variants ?? Array.Empty<string>();
    }

    /// <inheritdoc />
    public override string Type => EntityTypes.Name;

    /// <summary>What the name names.</summary>
    public NameKind Kind { get; }

    /// <summary>The fullest, most common well-spelled form of the name.</summary>
    public string Canonical { get; }

    /// <summary>
    /// The stable identifier of the entity: the kind and the spelling-folded canonical form (<c>person/ilham-aliev</c>),
    /// so that separate documents agree on it.
    /// </summary>
    public string Key { get; }

    /// <summary>The surface forms of the same entity in the document, in order of first appearance.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <inheritdoc />
    public override void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString("value", Canonical);
        writer.WriteString("kind", Kind switch
        {
            NameKind.Person => "person",
            NameKind.Place => "place",
            _ => "organization",
        });
        writer.WriteString("canonical", Canonical);
        writer.WriteString("key", Key);
        if (Variants.Count > 1)
        {
            writer.WriteStartArray("variants");
            foreach (var variant in Variants)
            {
                writer.WriteStringValue(variant);
            }

            writer.WriteEndArray();
        }
    }
}
