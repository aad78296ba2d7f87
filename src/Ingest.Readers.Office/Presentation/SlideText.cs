using System.Text;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Ingest.Readers.Office.Presentation;

/// <summary>Text of DrawingML paragraphs and tables on a slide: runs, fields and line breaks.</summary>
internal static class SlideText
{
    public static string OfParagraph(A.Paragraph paragraph, StringBuilder text)
    {
        text.Clear();
        foreach (var child in paragraph.ChildElements)
        {
            switch (child)
            {
                case A.Run run:
                    text.Append(run.Text?.Text);
                    break;
                case A.Field field:
                    text.Append(field.Text?.Text);
                    break;
                case A.Break:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    public static string OfTable(A.Table table, StringBuilder scratch)
    {
        var text = new StringBuilder();
        foreach (var row in table.Elements<A.TableRow>())
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            var first = true;
            foreach (var cell in row.Elements<A.TableCell>())
            {
                if (!first)
                {
                    text.Append('\t');
                }

                first = false;
                if (cell.HorizontalMerge?.Value == true || cell.VerticalMerge?.Value == true)
                {
                    continue;
                }

                var cellText = string.Join(' ', cell.Descendants<A.Paragraph>().Select(p => OfParagraph(p, scratch)).Where(t => t.Length > 0));
                text.Append(cellText.Replace('\t', ' ').Replace('\n', ' '));
            }
        }

        return text.ToString();
    }

    /// <summary>The placeholder type of a shape (title, body...), or null for a shape that is not a placeholder.</summary>
    public static P.PlaceholderShape? Placeholder(OpenXmlElement shape)
        => shape.Descendants<P.ApplicationNonVisualDrawingProperties>().FirstOrDefault()?.PlaceholderShape;

    public static bool IsTitle(P.PlaceholderShape? placeholder)
        => placeholder?.Type?.Value is { } type && (type == P.PlaceholderValues.Title || type == P.PlaceholderValues.CenteredTitle);
}
