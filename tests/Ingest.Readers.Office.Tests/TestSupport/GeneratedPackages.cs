using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Ingest.Readers.Office.Tests.TestSupport;

/// <summary>Small Word and Excel packages written with the Open XML SDK for the structure tests.</summary>
internal static class GeneratedPackages
{
    public static W.Paragraph Para(string text, string? style = null, int? listLevel = null, int? outline = null)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        }

        if (listLevel is { } level)
        {
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 });
        }

        if (outline is { } o)
        {
            properties.OutlineLevel = new OutlineLevel { Val = o };
        }

        return new W.Paragraph(properties, new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    public static TableCell Cell(string text, int span = 1, MergedCellValues? vMerge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
        {
            properties.GridSpan = new GridSpan { Val = span };
        }

        if (vMerge is { } merge)
        {
            properties.VerticalMerge = new VerticalMerge { Val = merge };
        }

        return new TableCell(properties, Para(text));
    }

    public static byte[] Docx(Action<MainDocumentPart, Body> fill, Action<WordprocessingDocument>? extra = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new Body());
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                Style("Title", "Title", null),
                Style("Heading1", "heading 1", null),
                Style("Heading2", "heading 2", null),
                Style("MyChapter", "My Chapter", "Heading1"));
            fill(main, main.Document.Body!);
            extra?.Invoke(document);
        }

        return stream.ToArray();
    }

    public static byte[] Xlsx(IEnumerable<(string Name, Action<OpenXmlWriter> Rows)> sheets, IReadOnlyList<string> sharedStrings)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(sharedStrings.Select(s => new SharedStringItem(new global::DocumentFormat.OpenXml.Spreadsheet.Text(s))));
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part))
                {
                    writer.WriteStartElement(new Worksheet());
                    writer.WriteStartElement(new SheetData());
                    rows(writer);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }

                workbook.Workbook.Sheets!.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
        }

        return stream.ToArray();
    }

    public static void Row(OpenXmlWriter writer, params Cell[] cells)
    {
        writer.WriteElement(new Row(cells));
    }

    private static Style Style(string id, string name, string? basedOn)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        return style;
    }
}
