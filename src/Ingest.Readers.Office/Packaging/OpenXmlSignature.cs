using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Ingest.Readers.Office.Packaging;

/// <summary>
/// Recognises a Word, Excel or PowerPoint package from the first bytes of its ZIP: the content type of the main part in
/// <c>[Content_Types].xml</c> (ECMA-376 Part 2), which writers put first, inflated from its local file header; failing
/// that (LibreOffice writes it last), the package relationships part <c>_rels/.rels</c> together with the main part's
/// folder in the local headers within the head (<c>word/</c>, <c>xl/</c>, <c>ppt/</c>).
/// </summary>
internal static class OpenXmlSignature
{
    private const uint LocalHeader = 0x04034B50;
    private const int LocalHeaderLength = 30;
    private const int MaxContentTypesBytes = 64 * 1024;

    private static readonly (string MainPart, string MediaType)[] MainParts =
    [
        ("wordprocessingml.document.main+xml", OfficeFormats.DocxMediaType),
        ("ms-word.document.macroEnabled.main+xml", OfficeFormats.DocxMediaType),
        ("wordprocessingml.template.main+xml", OfficeFormats.DocxMediaType),
        ("spreadsheetml.sheet.main+xml", OfficeFormats.XlsxMediaType),
        ("ms-excel.sheet.macroEnabled.main+xml", OfficeFormats.XlsxMediaType),
        ("spreadsheetml.template.main+xml", OfficeFormats.XlsxMediaType),
        ("presentationml.presentation.main+xml", OfficeFormats.PptxMediaType),
        ("ms-powerpoint.presentation.macroEnabled.main+xml", OfficeFormats.PptxMediaType),
        ("presentationml.slideshow.main+xml", OfficeFormats.PptxMediaType),
    ];

    private static readonly (string Folder, string MediaType)[] MainFolders =
    [
        ("word/", OfficeFormats.DocxMediaType),
        ("xl/", OfficeFormats.XlsxMediaType),
        ("ppt/", OfficeFormats.PptxMediaType),
    ];

    /// <summary>The Office media type of the package whose head this is, or null.</summary>
    public static string? MediaType(ReadOnlySpan<byte> head)
    {
        string? byFolder = null;
        var relationships = false;
        var offset = 0;
        while (offset + LocalHeaderLength <= head.Length && BinaryPrimitives.ReadUInt32LittleEndian(head[offset..]) == LocalHeader)
        {
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(head[(offset + 6)..]);
            var method = BinaryPrimitives.ReadUInt16LittleEndian(head[(offset + 8)..]);
            var compressed = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(head[(offset + 18)..]), int.MaxValue);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(head[(offset + 26)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(head[(offset + 28)..]);
            var dataStart = offset + LocalHeaderLength + nameLength + extraLength;
            if (dataStart > head.Length)
            {
                break;
            }

            var name = Encoding.UTF8.GetString(head.Slice(offset + LocalHeaderLength, nameLength));
            byFolder ??= Array.Find(MainFolders, f => name.StartsWith(f.Folder, StringComparison.Ordinal)).MediaType;
            relationships |= name == "_rels/.rels";

            // Writers that stream (LibreOffice) leave the sizes to a data descriptor after the data: then the data runs to
            // the next local header, and deflate data ends by itself.
            var sized = (flags & 0x08) == 0 && dataStart + compressed <= head.Length;
            var data = sized ? head.Slice(dataStart, compressed) : head[dataStart..];
            if (name == "[Content_Types].xml" && ContentTypes(data, method) is { } types)
            {
                return Array.Find(MainParts, p => types.Contains(p.MainPart, StringComparison.Ordinal)).MediaType ?? byFolder;
            }

            var next = sized ? dataStart + compressed : NextHeader(head, dataStart);
            if (next < 0)
            {
                break;
            }

            offset = next;
        }

        // Every package has its relationships part; a plain ZIP with a folder named word/ is no package.
        return relationships ? byFolder : null;
    }

    private static string? ContentTypes(ReadOnlySpan<byte> data, ushort method)
    {
        if (method == 0)
        {
            return Encoding.UTF8.GetString(data);
        }

        if (method != 8)
        {
            return null;
        }

        // Inflated in steps so that what was decoded before the head ends (or before damage) still counts.
        var buffer = new byte[MaxContentTypesBytes];
        var length = 0;
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(data.ToArray(), writable: false), CompressionMode.Decompress);
            int read;
            while (length < buffer.Length && (read = deflate.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }
        }
        catch (InvalidDataException)
        {
        }

        return length == 0 ? null : Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>The offset of the next plausible local file header after <paramref name="start"/>, or -1.</summary>
    private static int NextHeader(ReadOnlySpan<byte> head, int start)
    {
        var offset = start;
        while (offset < head.Length)
        {
            var found = head[offset..].IndexOf("PK\u0003\u0004"u8);
            if (found < 0)
            {
                return -1;
            }

            offset += found;
            if (offset + LocalHeaderLength <= head.Length && BinaryPrimitives.ReadUInt16LittleEndian(head[(offset + 26)..]) is > 0 and < 1024)
            {
                return offset;
            }

            offset++;
        }

        return -1;
    }
}
