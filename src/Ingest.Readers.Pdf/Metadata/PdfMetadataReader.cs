using System.Globalization;
using System.Xml;
using Ingest.Readers.Pdf.Limits;
using Ingest.Readers.Pdf.Structure;
using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Metadata;

/// <summary>Fills <see cref="DocumentMetadata"/> from the Info dictionary and, for what it lacks, the XMP metadata stream.</summary>
internal static class PdfMetadataReader
{
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string Xmp = "http://ns.adobe.com/xap/1.0/";
    private const string AdobePdf = "http://ns.adobe.com/pdf/1.3/";

    /// <summary>Reads the metadata into <paramref name="metadata"/>.</summary>
    /// <param name="store">The document's objects.</param>
    /// <param name="metadata">The metadata to fill.</param>
    /// <param name="report">Receives diagnostics.</param>
    public static void Read(PdfObjectStore store, DocumentMetadata metadata, Action<DiagnosticSeverity, string, string> report)
    {
        metadata.Extra["pdfVersion"] = store.Version;
        var info = store.Resolve(store.Trailer.Get("Info")) as PdfDictionary;
        metadata.Title = Text(store, info, "Title");
        if (Text(store, info, "Author") is { } author)
        {
            metadata.Authors.Add(author);
        }

        metadata.Description = Text(store, info, "Subject");
        metadata.Published = ParsePdfDate(Text(store, info, "CreationDate"));
        metadata.Modified = ParsePdfDate(Text(store, info, "ModDate"));
        if (Text(store, info, "Producer") is { } producer)
        {
            metadata.Extra["producer"] = producer;
        }

        if (Text(store, info, "Creator") is { } creator)
        {
            metadata.Extra["creator"] = creator;
        }

        if ((PdfValues.Name(store.Get(store.Root, "Lang")) ?? Text(store, store.Root, "Lang")) is { Length: > 0 and < 36 } language)
        {
            metadata.Language = language;
        }

        if (store.Get(store.Root, "Metadata") is PdfStream xmp)
        {
            try
            {
                if (store.Decode(xmp) is { } data)
                {
                    ReadXmp(data, metadata);
                }
            }
            catch (Exception ex) when (ex is XmlException or PdfLimitExceededException or InvalidOperationException)
            {
                report(DiagnosticSeverity.Info, "pdf.metadata.xmp-unreadable", "The XMP metadata could not be parsed: " + ex.Message);
            }
        }
    }

    /// <summary>Parses a PDF date (<c>D:YYYYMMDDHHmmSS+HH'mm'</c>) to its day.</summary>
    /// <param name="value">The date string.</param>
    public static DateOnly? ParsePdfDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var s = value.Trim();
        if (s.StartsWith("D:", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        if (s.Length < 4 || !int.TryParse(s.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
        {
            return null;
        }

        var month = s.Length >= 6 && int.TryParse(s.AsSpan(4, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        var day = s.Length >= 8 && int.TryParse(s.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 1;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static string? Text(PdfObjectStore store, PdfDictionary? dictionary, string key)
    {
        if (store.Get(dictionary, key) is not PdfString s)
        {
            return null;
        }

        var text = PdfTextString.Decode(s.Bytes).Trim().Replace("\0", string.Empty, StringComparison.Ordinal);
        return text.Length == 0 ? null : text;
    }

    private static void ReadXmp(byte[] data, DocumentMetadata metadata)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = 10_000_000 };
        using var reader = XmlReader.Create(new MemoryStream(data), settings);
        string? title = null, created = null, modified = null, producer = null, description = null;
        var creators = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.NamespaceURI, reader.LocalName)
            {
                case (DublinCore, "title"):
                    title ??= FirstItem(reader);
                    break;
                case (DublinCore, "description"):
                    description ??= FirstItem(reader);
                    break;
                case (DublinCore, "creator"):
                    creators.AddRange(Items(reader));
                    break;
                case (Xmp, "CreateDate"):
                    created ??= reader.ReadElementContentAsString();
                    break;
                case (Xmp, "ModifyDate"):
                    modified ??= reader.ReadElementContentAsString();
                    break;
                case (AdobePdf, "Producer"):
                    producer ??= reader.ReadElementContentAsString();
                    break;
            }
        }

        metadata.Title ??= Clean(title);
        metadata.Description ??= Clean(description);
        if (metadata.Authors.Count == 0)
        {
            foreach (var creator in creators)
            {
                if (Clean(creator) is { } c)
                {
                    metadata.Authors.Add(c);
                }
            }
        }

        metadata.Published ??= ParseIsoDate(created);
        metadata.Modified ??= ParseIsoDate(modified);
        if (!metadata.Extra.ContainsKey("producer") && Clean(producer) is { } p)
        {
            metadata.Extra["producer"] = p;
        }
    }

    private static string? FirstItem(XmlReader reader) => Items(reader).FirstOrDefault();

    private static List<string> Items(XmlReader reader)
    {
        var items = new List<string>();
        using var subtree = reader.ReadSubtree();
        System.Text.StringBuilder? item = null;
        var direct = new System.Text.StringBuilder();
        while (subtree.Read())
        {
            switch (subtree.NodeType)
            {
                case XmlNodeType.Element when subtree.LocalName == "li":
                    item = new System.Text.StringBuilder();
                    if (subtree.IsEmptyElement)
                    {
                        item = null;
                    }

                    break;
                case XmlNodeType.EndElement when subtree.LocalName == "li" && item is not null:
                    items.Add(item.ToString());
                    item = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    (item ?? direct).Append(subtree.Value);
                    break;
            }
        }

        if (items.Count == 0 && direct.ToString().Trim().Length > 0)
        {
            items.Add(direct.ToString());
        }

        return items;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? ParseIsoDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length < 4)
        {
            return null;
        }

        var s = value.Trim();
        return DateOnly.TryParseExact(s.Length >= 10 ? s[..10] : s, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
