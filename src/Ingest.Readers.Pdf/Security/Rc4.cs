namespace Ingest.Readers.Pdf.Security;

/// <summary>The RC4 stream cipher, used by PDF encryption revisions 2 to 4.</summary>
internal static class Rc4
{
    /// <summary>Encrypts or decrypts <paramref name="data"/> with <paramref name="key"/> (the same operation both ways).</summary>
    /// <param name="key">The key, 1 to 256 bytes.</param>
    /// <param name="data">The data.</param>
    public static byte[] Transform(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        Span<byte> s = stackalloc byte[256];
        for (var i = 0; i < 256; i++)
        {
            s[i] = (byte)i;
        }

        if (key.Length > 0)
        {
            var j = 0;
            for (var i = 0; i < 256; i++)
            {
                j = (j + s[i] + key[i % key.Length]) & 0xFF;
                (s[i], s[j]) = (s[j], s[i]);
            }
        }

        var result = new byte[data.Length];
        int x = 0, y = 0;
        for (var k = 0; k < data.Length; k++)
        {
            x = (x + 1) & 0xFF;
            y = (y + s[x]) & 0xFF;
            (s[x], s[y]) = (s[y], s[x]);
            result[k] = (byte)(data[k] ^ s[(s[x] + s[y]) & 0xFF]);
        }

        return result;
    }
}
