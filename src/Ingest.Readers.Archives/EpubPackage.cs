using System.IO.Compression;
using System.Xml;

namespace Ingest.Readers.Archives;

/// <summary>
/// The parts of an EPUB that matter for reading: the package document (found through <c>META-INF/container.xml</c>),
/// its Dublin Core metadata and the spine, the content documents in reading order with their archive paths.
/// </summary>
internal sealed class EpubPackage
{
    private const long MaxXmlBytes = 4 << 20;

    public Dictionary<string, List<string>> Metadata { get; } = new(StringComparer.Ordinal);

    public List<(string Path, string MediaType)> Spine { get; } = [];

    public static EpubPackage Read(ZipArchive archive)
    {
        var package = new EpubPackage();
        var container = Load(archive, "META-INF/container.xml") ?? throw new DocumentReadException("epub.malformed", "The EPUB has no META-INF/container.xml.");
        var rootPath = container.GetElementsByTagName("rootfile").OfType<XmlElement>().Select(e => e.GetAttribute("full-path")).FirstOrDefault(p => p.Length > 0)
            ?? throw new DocumentReadException("epub.malformed", "The EPUB container names no package document.");
        var opf = Load(archive, rootPath) ?? throw new DocumentReadException("epub.malformed", $"The package document {rootPath} is missing.");
        foreach (var element in opf.GetElementsByTagName("metadata").OfType<XmlElement>().Take(1).SelectMany(m => m.ChildNodes.OfType<XmlElement>()))
        {
            if (element.NamespaceURI == "http://purl.org/dc/elements/1.1/" && element.InnerText.Trim() is { Length: > 0 } value)
            {
                (package.Metadata.TryGetValue(element.LocalName, out var list) ? list : package.Metadata[element.LocalName] = []).Add(value);
            }
        }

        var folder = rootPath.Contains('/', StringComparison.Ordinal) ? rootPath[..(rootPath.LastIndexOf('/') + 1)] : string.Empty;
        var manifest = opf.GetElementsByTagName("item").OfType<XmlElement>()
            .GroupBy(e => e.GetAttribute("id"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Href: g.First().GetAttribute("href"), MediaType: g.First().GetAttribute("media-type")), StringComparer.Ordinal);
        foreach (var itemref in opf.GetElementsByTagName("itemref").OfType<XmlElement>())
        {
            if (manifest.TryGetValue(itemref.GetAttribute("idref"), out var item)
                && ArchiveEntryGuard.SafePath(folder + Uri.UnescapeDataString(item.Href.Split('#')[0])) is { } path)
            {
                package.Spine.Add((path, item.MediaType));
            }
        }

        return package;
    }

    private static XmlDocument? Load(ZipArchive archive, string path)
    {
        var entry = archive.GetEntry(path);
        if (entry is null || entry.Length > MaxXmlBytes || entry.IsEncrypted)
        {
            return null;
        }

        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var document = new XmlDocument { XmlResolver = null };
            document.Load(reader);
            return document;
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException("epub.malformed", $"The EPUB part {path} is not well-formed XML: {ex.Message}", ex);
        }
        catch (InvalidDataException ex)
        {
            // A damaged local header or deflate stream of the part itself.
            throw new DocumentReadException("epub.malformed", $"The EPUB part {path} is damaged: {ex.Message}", ex);
        }
    }
}
