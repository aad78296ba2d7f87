using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Ingest.Store.Sqlite;

/// <summary>SHA-256 of a text's UTF-8 bytes, hashed in pieces so a large document is not copied whole.</summary>
internal static class ContentHash
{
    private const int PieceChars = 16 * 1024;

    public static string Of(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(PieceChars));
        try
        {
            var i = 0;
            while (i < text.Length)
            {
                var length = Math.Min(PieceChars, text.Length - i);
                if (length < text.Length - i && char.IsHighSurrogate(text[i + length - 1]))
                {
                    length--;
                }

                var bytes = Encoding.UTF8.GetBytes(text.AsSpan(i, length), buffer);
                hash.AppendData(buffer, 0, bytes);
                i += length;
            }

            return Convert.ToHexString(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
