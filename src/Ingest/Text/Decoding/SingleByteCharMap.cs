using System.Text;

namespace Ingest.Text.Decoding;

/// <summary>
/// The 256 characters of a single-byte code page, so that bytes which are not valid UTF-8 decode one by one
/// without allocation or decoder state.
/// </summary>
internal sealed class SingleByteCharMap
{
    private readonly char[] _map;

    private SingleByteCharMap(string name, char[] map)
    {
        Name = name;
        _map = map;
    }

    /// <summary>The web name of the code page (<c>windows-1252</c>).</summary>
    public string Name { get; }

    /// <summary>The character for byte <paramref name="value"/>.</summary>
    public char this[byte value] => _map[value];

    /// <summary>Builds the map of the named single-byte code page.</summary>
    /// <exception cref="ArgumentException">The name is unknown or not a single-byte code page.</exception>
    public static SingleByteCharMap Create(string encodingName)
    {
        var encoding = EncodingLookup.Find(encodingName)
            ?? throw new ArgumentException($"Unknown encoding '{encodingName}'.", nameof(encodingName));
        if (!encoding.IsSingleByte)
        {
            throw new ArgumentException($"The fallback encoding must be a single-byte code page; '{encodingName}' is not.", nameof(encodingName));
        }

        var map = new char[256];
        Span<byte> one = stackalloc byte[1];
        Span<char> chars = stackalloc char[4];
        for (var b = 0; b < 256; b++)
        {
            one[0] = (byte)b;
            var count = encoding.GetChars(one, chars);
            map[b] = count == 1 ? chars[0] : '\uFFFD';
        }

        return new SingleByteCharMap(encoding.WebName, map);
    }
}
