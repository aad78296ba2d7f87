using System.Buffers.Binary;

namespace Ingest.Readers.Archives;

/// <summary>
/// The EPUB signature (OCF 3.x, "ZIP container"): the first entry of the ZIP is named <c>mimetype</c>, stored without
/// compression, and holds <c>application/epub+zip</c>.
/// </summary>
internal static class EpubSignature
{
    private const int LocalHeaderLength = 30;

    private static ReadOnlySpan<byte> MimetypeName => "mimetype"u8;

    private static ReadOnlySpan<byte> EpubMediaType => "application/epub+zip"u8;

    public static bool Matches(ReadOnlySpan<byte> head)
    {
        if (head.Length < LocalHeaderLength || !head.StartsWith("PK\u0003\u0004"u8))
        {
            return false;
        }

        var method = BinaryPrimitives.ReadUInt16LittleEndian(head[8..]);
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(head[26..]);
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(head[28..]);
        var dataStart = LocalHeaderLength + nameLength + extraLength;
        return method == 0
            && head[LocalHeaderLength..].StartsWith(MimetypeName) && nameLength == MimetypeName.Length
            && dataStart + EpubMediaType.Length <= head.Length
            && head[dataStart..].StartsWith(EpubMediaType);
    }
}
