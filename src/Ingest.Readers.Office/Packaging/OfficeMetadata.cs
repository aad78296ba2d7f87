using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace Ingest.Readers.Office.Packaging;

/// <summary>Copies the core properties (title, creator, dates, language) and app properties into the document metadata.</summary>
internal static class OfficeMetadata
{
    public static void Fill(OpenXmlPackage package, DocumentMetadata metadata, ExtendedFilePropertiesPart? app)
    {
        var core = package.PackageProperties;
        metadata.Title = Clean(core.Title);
        foreach (var author in (core.Creator ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            metadata.Authors.Add(author);
        }

        metadata.Language = Clean(core.Language);
        metadata.Description = Clean(core.Description) ?? Clean(core.Subject);
        if (core.Created is { } created)
        {
            metadata.Published = DateOnly.FromDateTime(created);
            metadata.Extra["created"] = created.ToString("O", CultureInfo.InvariantCulture);
        }

        if (core.Modified is { } modified)
        {
            metadata.Modified = DateOnly.FromDateTime(modified);
            metadata.Extra["modifiedTime"] = modified.ToString("O", CultureInfo.InvariantCulture);
        }

        Put(metadata, "lastModifiedBy", core.LastModifiedBy);
        Put(metadata, "keywords", core.Keywords);
        Put(metadata, "subject", core.Subject);
        Put(metadata, "category", core.Category);
        if (app?.Properties is { } properties)
        {
            Put(metadata, "application", properties.Application?.Text);
            Put(metadata, "company", properties.Company?.Text);
            Put(metadata, "template", properties.Template?.Text);
        }
    }

    private static void Put(DocumentMetadata metadata, string key, string? value)
    {
        if (Clean(value) is { } clean)
        {
            metadata.Extra[key] = clean;
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
