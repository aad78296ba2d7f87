using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ingest.Readers.Office.Word;

/// <summary>
/// The visible text of a run container (paragraph, cell, note) in document order: text, tabs and breaks; deleted
/// text, field codes and the fallback branch of alternate content (a copy of the choice) are left out.
/// </summary>
internal static class WordText
{
    public static void AppendParagraph(OpenXmlElement paragraph, StringBuilder text)
    {
        foreach (var child in paragraph.ChildElements)
        {
            Append(child, text);
        }
    }

    public static string OfParagraphs(OpenXmlElement container, StringBuilder scratch, char separator)
    {
        scratch.Clear();
        foreach (var paragraph in container.Descendants<Paragraph>())
        {
            var before = scratch.Length;
            if (before > 0)
            {
                scratch.Append(separator);
            }

            AppendParagraph(paragraph, scratch);
            if (scratch.Length == before + (before > 0 ? 1 : 0))
            {
                scratch.Length = before;
            }
        }

        return scratch.ToString().Trim();
    }

    private static void Append(OpenXmlElement element, StringBuilder text)
    {
        switch (element)
        {
            case Text t:
                text.Append(t.Text);
                return;
            case TabChar or PositionalTab:
                text.Append('\t');
                return;
            case Break or CarriageReturn:
                text.Append('\n');
                return;
            case NoBreakHyphen:
                text.Append('-');
                return;
            case Paragraph or Table:
                // A text box's paragraphs inside a run: keep them apart from the host paragraph's words.
                text.Append(' ');
                break;
            case AlternateContentFallback or DeletedRun or FieldCode or DeletedText or ParagraphProperties or RunProperties:
                return;
        }

        foreach (var child in element.ChildElements)
        {
            Append(child, text);
        }
    }
}
