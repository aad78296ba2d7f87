using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ingest.Normalizers.Names;

/// <summary>
/// The strings a <see cref="NameEntity"/> writes that every mention of its entity shares (canonical form, key,
/// variants), escaped and encoded to UTF-8 once with one encoder, so that writing a mention copies bytes instead of
/// transcoding and escaping the same strings again for each mention.
/// </summary>
internal sealed class NameJsonForms
{
    private NameJsonForms(JavaScriptEncoder? encoder, JsonEncodedText canonical, JsonEncodedText key, JsonEncodedText[] variants)
    {
        Encoder = encoder;
        Canonical = canonical;
        Key = key;
        Variants = variants;
    }

    /// <summary>The encoder the texts were escaped with: <see langword="null"/> for the default one.</summary>
    public JavaScriptEncoder? Encoder { get; }

    /// <summary>The canonical form, encoded.</summary>
    public JsonEncodedText Canonical { get; }

    /// <summary>The entity key, encoded.</summary>
    public JsonEncodedText Key { get; }

    /// <summary>The variants, encoded; empty when the entity writes none (one surface form or fewer).</summary>
    public JsonEncodedText[] Variants { get; }

    /// <summary>Encodes the shared strings of <paramref name="entity"/> with <paramref name="encoder"/>.</summary>
    /// <param name="entity">The entity whose canonical form, key and variants are encoded.</param>
    /// <param name="encoder">The encoder of the writer the texts go to, or <see langword="null"/> for the default one.</param>
    public static NameJsonForms Encode(NameEntity entity, JavaScriptEncoder? encoder)
    {
        var variants = entity.Variants;
        var encodedVariants = variants.Count > 1 ? new JsonEncodedText[variants.Count] : Array.Empty<JsonEncodedText>();
        for (var i = 0; i < encodedVariants.Length; i++)
        {
            encodedVariants[i] = JsonEncodedText.Encode(variants[i], encoder);
        }

        return new NameJsonForms(
            encoder,
            JsonEncodedText.Encode(entity.Canonical, encoder),
            JsonEncodedText.Encode(entity.Key, encoder),
            encodedVariants);
    }
}
