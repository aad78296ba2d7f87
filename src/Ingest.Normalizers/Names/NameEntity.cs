using System.Text.Json;

namespace Ingest.Normalizers.Names;

/// <summary>
/// A mention of a person, place or organisation, with the canonical form of the name and a key shared by every
/// mention of the same entity across the documents a <see cref="NameNormalizer"/> has seen.
/// </summary>
public sealed class NameEntity : Entity
{
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText CanonicalName = JsonEncodedText.Encode("canonical");
    private static readonly JsonEncodedText KeyName = JsonEncodedText.Encode("key");
    private static readonly JsonEncodedText VariantsName = JsonEncodedText.Encode("variants");
    private static readonly JsonEncodedText PersonKind = JsonEncodedText.Encode("person");
    private static readonly JsonEncodedText PlaceKind = JsonEncodedText.Encode("place");
    private static readonly JsonEncodedText OrganizationKind = JsonEncodedText.Encode("organization");

    private readonly NameJsonCache _json;

    /// <summary>Creates a name mention.</summary>
    /// <param name="start">The UTF-16 offset of the mention in the document text.</param>
    /// <param name="length">The length of the mention.</param>
    /// <param name="text">The mention as written.</param>
    /// <param name="kind">What the name names.</param>
    /// <param name="canonical">The fullest, most common well-spelled form of the name (<c>Ilham Aliyev</c>).</param>
    /// <param name="key">The stable identifier of the entity (<c>person/ilham-aliev</c>).</param>
    /// <param name="variants">The other surface forms of the same entity in the document.</param>
    public NameEntity(int start, int length, string text, NameKind kind, string canonical, string key, IReadOnlyList<string>? variants = null)
        : this(start, length, text, kind, canonical, key, variants, new NameJsonCache())
    {
    }

    /// <summary>Creates a mention that shares its encoded JSON texts with the other mentions of its entity.</summary>
    /// <param name="start">The UTF-16 offset of the mention in the document text.</param>
    /// <param name="length">The length of the mention.</param>
    /// <param name="text">The mention as written.</param>
    /// <param name="kind">What the name names.</param>
    /// <param name="canonical">The canonical form of the name.</param>
    /// <param name="key">The stable identifier of the entity.</param>
    /// <param name="variants">The other surface forms of the same entity in the document.</param>
    /// <param name="json">The cache shared by every mention with this kind, canonical form, key and variants.</param>
    internal NameEntity(int start, int length, string text, NameKind kind, string canonical, string key, IReadOnlyList<string>? variants, NameJsonCache json)
        : base(start, length, text)
    {
        ArgumentException.ThrowIfNullOrEmpty(canonical);
        ArgumentException.ThrowIfNullOrEmpty(key);
        Kind = kind;
        Canonical = canonical;
        Key = key;
        Variants = variants ?? Array.Empty<string>();
        _json = json;
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
    /// <remarks>
    /// Property names and kinds are encoded once per process, the canonical form, key and variants once per entity
    /// (shared by its mentions) and per writer encoder: writing a mention copies bytes.
    /// </remarks>
    public override void WriteProperties(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var forms = _json.For(this, writer.Options.Encoder);
        writer.WriteString(ValueName, forms.Canonical);
        writer.WriteString(KindName, Kind switch
        {
            NameKind.Person => PersonKind,
            NameKind.Place => PlaceKind,
            _ => OrganizationKind,
        });
        writer.WriteString(CanonicalName, forms.Canonical);
        writer.WriteString(KeyName, forms.Key);
        if (forms.Variants.Length > 0)
        {
            writer.WriteStartArray(VariantsName);
            foreach (var variant in forms.Variants)
            {
                writer.WriteStringValue(variant);
            }

            writer.WriteEndArray();
        }
    }
}
