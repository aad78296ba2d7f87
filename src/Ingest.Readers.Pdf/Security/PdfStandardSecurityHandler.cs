using System.Security.Cryptography;
using System.Text;
using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Security;

/// <summary>
/// The standard security handler (ISO 32000-2, 7.6.4): revisions 2 to 6, RC4 40 to 128 bits, AES-128 and AES-256.
/// Authenticates the user or owner password and decrypts strings and streams.
/// </summary>
internal sealed class PdfStandardSecurityHandler
{
    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _key;
    private readonly PdfCipher _streamCipher;
    private readonly PdfCipher _stringCipher;

    private PdfStandardSecurityHandler(byte[] key, PdfCipher streamCipher, PdfCipher stringCipher, bool encryptMetadata)
    {
        _key = key;
        _streamCipher = streamCipher;
        _stringCipher = stringCipher;
        EncryptMetadata = encryptMetadata;
    }

    /// <summary>False when the document's metadata stream is left unencrypted.</summary>
    public bool EncryptMetadata { get; }

    /// <summary>
    /// Authenticates <paramref name="password"/> (and the empty password) as user or owner password.
    /// Returns <see langword="null"/> when neither works; throws <see cref="NotSupportedException"/> for other handlers.
    /// </summary>
    /// <param name="encrypt">The /Encrypt dictionary, resolved.</param>
    /// <param name="fileId">The first element of the trailer's /ID.</param>
    /// <param name="password">The password supplied by the caller, or <see langword="null"/>.</param>
    /// <param name="resolve">Resolves indirect values inside the dictionary.</param>
    public static PdfStandardSecurityHandler? Create(PdfDictionary encrypt, byte[] fileId, string? password, Func<object?, object?> resolve)
    {
        var filter = PdfValues.Name(resolve(encrypt.Get("Filter")));
        if (filter is not null && filter != "Standard")
        {
            throw new NotSupportedException($"The security handler '{filter}' is not supported.");
        }

        var v = (int)PdfValues.Number(resolve(encrypt.Get("V")));
        var r = (int)PdfValues.Number(resolve(encrypt.Get("R")), 2);
        var lengthBits = (int)PdfValues.Number(resolve(encrypt.Get("Length")), 40);
        var o = Bytes(resolve(encrypt.Get("O")));
        var u = Bytes(resolve(encrypt.Get("U")));
        var p = (int)(long)PdfValues.Number(resolve(encrypt.Get("P")));
        var encryptMetadata = resolve(encrypt.Get("EncryptMetadata")) is not false;

        var streamCipher = v >= 4 ? CipherOf(encrypt, PdfValues.Name(resolve(encrypt.Get("StmF"))), resolve) : PdfCipher.Rc4;
        var stringCipher = v >= 4 ? CipherOf(encrypt, PdfValues.Name(resolve(encrypt.Get("StrF"))), resolve) : PdfCipher.Rc4;
        if (v < 4 && (lengthBits < 40 || lengthBits > 128 || lengthBits % 8 != 0))
        {
            lengthBits = v == 1 ? 40 : 128;
        }

        var candidates = string.IsNullOrEmpty(password) ? new[] { string.Empty } : new[] { password, string.Empty };
        foreach (var candidate in candidates)
        {
            byte[]? key;
            if (r >= 5)
            {
                key = AuthenticateAes256(candidate, r, o, u, Bytes(resolve(encrypt.Get("OE"))), Bytes(resolve(encrypt.Get("UE"))));
            }
            else
            {
                var keyLength = r == 2 ? 5 : Math.Clamp(lengthBits / 8, 5, 16);
                if (v >= 4 && (streamCipher == PdfCipher.Aes128 || stringCipher == PdfCipher.Aes128))
                {
                    keyLength = 16;
                }

                var pw = Latin1(candidate);
                key = AuthenticateUser(pw, r, keyLength, o, u, p, fileId, encryptMetadata)
                    ?? AuthenticateOwner(pw, r, keyLength, o, u, p, fileId, encryptMetadata);
            }

            if (key is not null)
            {
                return new PdfStandardSecurityHandler(key, streamCipher, stringCipher, encryptMetadata);
            }
        }

        return null;
    }

    /// <summary>Decrypts a string of object <paramref name="number"/>.</summary>
    /// <param name="data">The encrypted bytes.</param>
    /// <param name="number">The object number.</param>
    /// <param name="generation">The generation number.</param>
    public byte[] DecryptString(byte[] data, int number, int generation) => Decrypt(data, number, generation, _stringCipher);

    /// <summary>Decrypts a stream of object <paramref name="number"/>.</summary>
    /// <param name="data">The encrypted bytes.</param>
    /// <param name="number">The object number.</param>
    /// <param name="generation">The generation number.</param>
    public byte[] DecryptStream(byte[] data, int number, int generation) => Decrypt(data, number, generation, _streamCipher);

    /// <summary>Computes the encryption key for a user password (Algorithm 2); exposed for tests that build encrypted files.</summary>
    /// <param name="password">The password bytes.</param>
    /// <param name="r">The revision.</param>
    /// <param name="keyLength">The key length in bytes.</param>
    /// <param name="o">The /O value.</param>
    /// <param name="p">The /P value.</param>
    /// <param name="fileId">The first file identifier.</param>
    /// <param name="encryptMetadata">The /EncryptMetadata value.</param>
    public static byte[] ComputeKey(byte[] password, int r, int keyLength, byte[] o, int p, byte[] fileId, bool encryptMetadata)
    {
        var input = new List<byte>(128);
        input.AddRange(Pad(password));
        input.AddRange(o.Take(32));
        input.AddRange(BitConverter.GetBytes(p));
        input.AddRange(fileId);
        if (r >= 4 && !encryptMetadata)
        {
            input.AddRange(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF });
        }

        var hash = MD5.HashData(input.ToArray());
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash.AsSpan(0, keyLength));
            }
        }

        return hash.AsSpan(0, keyLength).ToArray();
    }

    /// <summary>Computes the /U value for <paramref name="key"/> (Algorithms 4 and 5).</summary>
    /// <param name="key">The encryption key.</param>
    /// <param name="r">The revision.</param>
    /// <param name="fileId">The first file identifier.</param>
    public static byte[] ComputeU(byte[] key, int r, byte[] fileId)
    {
        if (r == 2)
        {
            return Rc4.Transform(key, Padding);
        }

        var hash = MD5.HashData([.. Padding, .. fileId]);
        var value = Rc4.Transform(key, hash);
        for (var i = 1; i <= 19; i++)
        {
            value = Rc4.Transform(XorKey(key, i), value);
        }

        return value;
    }

    /// <summary>The AES-256 hash of revisions 5 (SHA-256) and 6 (Algorithm 2.B).</summary>
    /// <param name="password">The UTF-8 password, at most 127 bytes.</param>
    /// <param name="salt">The 8-byte salt.</param>
    /// <param name="userKey">The 48-byte /U value when hashing for the owner, else empty.</param>
    /// <param name="r">The revision.</param>
    public static byte[] Hash(byte[] password, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> userKey, int r)
    {
        var k = SHA256.HashData([.. password, .. salt, .. userKey]);
        if (r < 6)
        {
            return k;
        }

        using var aes = Aes.Create();
        var round = 0;
        while (true)
        {
            var unit = password.Length + k.Length + userKey.Length;
            var k1 = new byte[unit * 64];
            for (var i = 0; i < 64; i++)
            {
                var offset = i * unit;
                password.CopyTo(k1, offset);
                k.CopyTo(k1, offset + password.Length);
                userKey.CopyTo(k1.AsSpan(offset + password.Length + k.Length));
            }

            aes.Key = k.AsSpan(0, 16).ToArray();
            var e = aes.EncryptCbc(k1, k.AsSpan(16, 16), PaddingMode.None);
            var sum = 0;
            for (var i = 0; i < 16; i++)
            {
                sum += e[i];
            }

            k = (sum % 3) switch
            {
                0 => SHA256.HashData(e),
                1 => SHA384.HashData(e),
                _ => SHA512.HashData(e),
            };
            round++;
            if (round >= 64 && e[^1] <= round - 32)
            {
                break;
            }
        }

        return k.AsSpan(0, 32).ToArray();
    }

    private static byte[]? AuthenticateUser(byte[] password, int r, int keyLength, byte[] o, byte[] u, int p, byte[] fileId, bool encryptMetadata)
    {
        var key = ComputeKey(password, r, keyLength, o, p, fileId, encryptMetadata);
        var expected = ComputeU(key, r, fileId);
        var compare = r == 2 ? 32 : 16;
        return u.Length >= compare && expected.AsSpan(0, compare).SequenceEqual(u.AsSpan(0, compare)) ? key : null;
    }

    private static byte[]? AuthenticateOwner(byte[] password, int r, int keyLength, byte[] o, byte[] u, int p, byte[] fileId, bool encryptMetadata)
    {
        var hash = MD5.HashData(Pad(password));
        if (r >= 3)
        {
            for (var i = 0; i < 50; i++)
            {
                hash = MD5.HashData(hash);
            }
        }

        var ownerKey = hash.AsSpan(0, r == 2 ? 5 : keyLength).ToArray();
        var userPassword = o.Take(32).ToArray();
        if (r == 2)
        {
            userPassword = Rc4.Transform(ownerKey, userPassword);
        }
        else
        {
            for (var i = 19; i >= 0; i--)
            {
                userPassword = Rc4.Transform(XorKey(ownerKey, i), userPassword);
            }
        }

        return AuthenticateUser(userPassword, r, keyLength, o, u, p, fileId, encryptMetadata);
    }

    private static byte[]? AuthenticateAes256(string password, int r, byte[] o, byte[] u, byte[] oe, byte[] ue)
    {
        if (o.Length < 48 || u.Length < 48)
        {
            return null;
        }

        var pw = Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC));
        if (pw.Length > 127)
        {
            pw = pw.AsSpan(0, 127).ToArray();
        }

        using var aes = Aes.Create();
        var zeroIv = new byte[16];
        if (Hash(pw, o.AsSpan(32, 8), u.AsSpan(0, 48), r).AsSpan().SequenceEqual(o.AsSpan(0, 32)) && oe.Length >= 32)
        {
            aes.Key = Hash(pw, o.AsSpan(40, 8), u.AsSpan(0, 48), r);
            return aes.DecryptCbc(oe.AsSpan(0, 32), zeroIv, PaddingMode.None);
        }

        if (Hash(pw, u.AsSpan(32, 8), ReadOnlySpan<byte>.Empty, r).AsSpan().SequenceEqual(u.AsSpan(0, 32)) && ue.Length >= 32)
        {
            aes.Key = Hash(pw, u.AsSpan(40, 8), ReadOnlySpan<byte>.Empty, r);
            return aes.DecryptCbc(ue.AsSpan(0, 32), zeroIv, PaddingMode.None);
        }

        return null;
    }

    private static PdfCipher CipherOf(PdfDictionary encrypt, string? filterName, Func<object?, object?> resolve)
    {
        if (filterName is null or "Identity")
        {
            return PdfCipher.None;
        }

        var filters = resolve(encrypt.Get("CF")) as PdfDictionary;
        var filter = resolve(filters?.Get(filterName)) as PdfDictionary;
        return PdfValues.Name(resolve(filter?.Get("CFM"))) switch
        {
            "AESV2" => PdfCipher.Aes128,
            "AESV3" => PdfCipher.Aes256,
            "None" => PdfCipher.None,
            _ => PdfCipher.Rc4,
        };
    }

    private byte[] Decrypt(byte[] data, int number, int generation, PdfCipher cipher)
    {
        if (cipher == PdfCipher.None || data.Length == 0)
        {
            return data;
        }

        if (cipher == PdfCipher.Aes256)
        {
            return DecryptAes(_key, data);
        }

        var input = new byte[_key.Length + (cipher == PdfCipher.Aes128 ? 9 : 5)];
        _key.CopyTo(input, 0);
        input[_key.Length] = (byte)number;
        input[_key.Length + 1] = (byte)(number >> 8);
        input[_key.Length + 2] = (byte)(number >> 16);
        input[_key.Length + 3] = (byte)generation;
        input[_key.Length + 4] = (byte)(generation >> 8);
        if (cipher == PdfCipher.Aes128)
        {
            "sAlT"u8.CopyTo(input.AsSpan(_key.Length + 5));
        }

        var objectKey = MD5.HashData(input).AsSpan(0, Math.Min(_key.Length + 5, 16)).ToArray();
        return cipher == PdfCipher.Aes128 ? DecryptAes(objectKey, data) : Rc4.Transform(objectKey, data);
    }

    private static byte[] DecryptAes(byte[] key, byte[] data)
    {
        if (data.Length < 32 || data.Length % 16 != 0)
        {
            // Only an initialization vector (an empty string) or damaged data.
            return data.Length <= 16 ? Array.Empty<byte>() : data;
        }

        using var aes = Aes.Create();
        aes.Key = key;
        try
        {
            return aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.PKCS7);
        }
        catch (CryptographicException)
        {
            return aes.DecryptCbc(data.AsSpan(16), data.AsSpan(0, 16), PaddingMode.None);
        }
    }

    private static byte[] Pad(byte[] password)
    {
        var result = new byte[32];
        var n = Math.Min(32, password.Length);
        password.AsSpan(0, n).CopyTo(result);
        Padding.AsSpan(0, 32 - n).CopyTo(result.AsSpan(n));
        return result;
    }

    private static byte[] XorKey(byte[] key, int value)
    {
        var result = new byte[key.Length];
        for (var i = 0; i < key.Length; i++)
        {
            result[i] = (byte)(key[i] ^ value);
        }

        return result;
    }

    private static byte[] Latin1(string s) => Encoding.Latin1.GetBytes(s);

    private static byte[] Bytes(object? value) => (value as PdfString)?.Bytes ?? Array.Empty<byte>();
}
