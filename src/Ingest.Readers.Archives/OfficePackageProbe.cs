using System.IO.Compression;
using System.Xml;

namespace Ingest.Readers.Archives;

/// <summary>
/// Recognises an Office Open XML package inside a ZIP by its <c>[Content_Types].xml</c>: the content type of the main
/// document, workbook or presentation part gives the package's media type.
/// </summary>
internal static class OfficePackageProbe
{
    private const long MaxContentTypesBytes = 1 << 20;

    private static readonly (string MainPart, string MediaType)[] Packages =
    [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ("application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ];

    /// <summary>The Office media type of the archive, or null when it is not an Office package.</summary>
    public static string? MediaType(ZipArchive archive)
    {
        var entry = archive.GetEntry("[Content_Types].xml");
        if (entry is null || entry.Length > MaxContentTypesBytes)
        {
            return null;
        }

        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override"
                    && reader.GetAttribute("ContentType") is { } type
                    && Array.Find(Packages, p => p.MainPart == type) is { MediaType: { } mediaType })
                {
                    return mediaType;
                }
            }
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            return null;
        }

        return null;
    }
}
