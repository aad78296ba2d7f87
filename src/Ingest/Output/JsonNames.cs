using System.Text.Json;

namespace Ingest;

/// <summary>
/// The property names and block kinds written for every block and entity, encoded once: the writer then copies their
/// UTF-8 bytes instead of transcoding and checking the escaping of each name for each item.
/// </summary>
internal static class JsonNames
{
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    public static readonly JsonEncodedText Length = JsonEncodedText.Encode("length");
    public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
    public static readonly JsonEncodedText Bounds = JsonEncodedText.Encode("bounds");
    public static readonly JsonEncodedText SourceStart = JsonEncodedText.Encode("sourceStart");
    public static readonly JsonEncodedText SourceLength = JsonEncodedText.Encode("sourceLength");
    public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");

    private static readonly JsonEncodedText LinkType = JsonEncodedText.Encode(EntityTypes.Link);
    private static readonly JsonEncodedText DateType = JsonEncodedText.Encode(EntityTypes.Date);
    private static readonly JsonEncodedText NumberType = JsonEncodedText.Encode(EntityTypes.Number);
    private static readonly JsonEncodedText NameType = JsonEncodedText.Encode(EntityTypes.Name);

    private static readonly JsonEncodedText[] KindNames = CreateKindNames();

    /// <summary>The encoded output name of <paramref name="kind"/> (see <see cref="JsonLinesWriter.KindName"/>).</summary>
    public static JsonEncodedText KindName(BlockKind kind)
    {
        var index = (int)kind;
        return (uint)index < (uint)KindNames.Length ? KindNames[index] : JsonEncodedText.Encode(JsonLinesWriter.KindName(kind));
    }

    /// <summary>
    /// The encoded built-in entity type when <paramref name="type"/> is one (<see cref="EntityTypes"/>); false for a
    /// type a plugin defines, which the caller writes as a string.
    /// </summary>
    public static bool TryGetEntityType(string type, out JsonEncodedText encoded)
    {
        encoded = type switch
        {
            EntityTypes.Date => DateType,
            EntityTypes.Number => NumberType,
            EntityTypes.Name => NameType,
            EntityTypes.Link => LinkType,
            _ => default,
        };
        return encoded.EncodedUtf8Bytes.Length > 0;
    }

    private static JsonEncodedText[] CreateKindNames()
    {
        var kinds = Enum.GetValues<BlockKind>();
        var names = new JsonEncodedText[kinds.Max(k => (int)k) + 1];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = JsonEncodedText.Encode(JsonLinesWriter.KindName((BlockKind)i));
        }

        return names;
    }
}
