using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Ingest.Readers.Office.Packaging;

/// <summary>What the three Office readers share: loading the package within limits and turning SDK failures into read errors.</summary>
internal static class OfficeReading
{
    public static async ValueTask<Document> ReadAsync(
        Stream content,
        ReadContext context,
        OfficeReaderOptions options,
        string prefix,
        Func<MemoryStream, DocumentBuilder, CancellationToken, Document> read,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        using var package = await PackageLoader.LoadAsync(content, context, options, prefix, cancellationToken).ConfigureAwait(false);
        var builder = new DocumentBuilder(context.Source.Uri, context.MediaType, (int)Math.Min(package.Length, 1 << 20));
        try
        {
            return read(package, builder, cancellationToken);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or FormatException or IOException)
        {
            throw new DocumentReadException($"{prefix}.malformed", $"The document is damaged and could not be read: {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    /// <summary>Read-only open settings: no auto-save, and markup compatibility processed as Office does.</summary>
    public static OpenSettings Settings { get; } = new() { AutoSave = false };
}
