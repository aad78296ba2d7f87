using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ingest.Readers.Office.Word;

/// <summary>
/// The visible text of a run container (paragraph, cell, note) in document order: text, tabs and breaks; deleted
/// and moved-away text, field codes and the fallback branch of alternate content (a copy of the choice) are left out.
/// Elements the SDK does not know (wrappers of newer or older schema versions, such as smart tags) are read through.
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
            case AlternateContentFallback or DeletedRun or MoveFromRun or FieldCode or DeletedFieldCode or DeletedText or RubyContent
                or ParagraphProperties or RunProperties:
                // Deleted and moved-away text (a tracked move keeps its text at the destination), field codes and the
                // phonetic guide above ruby text are not read.
                return;
            case OpenXmlUnknownElement unknown:
                AppendUnknown(unknown, text);
                return;
        }

        foreach (var child in element.ChildElements)
        {
            Append(child, text);
        }
    }

    /// <summary>
    /// Reads an element the SDK did not recognise, whose children are then unknown too: its <c>t</c> text, tabs and
    /// breaks by local name, leaving out the same deleted, moved-away and field-code content as above.
    /// </summary>
    private static void AppendUnknown(OpenXmlUnknownElement element, StringBuilder text)
    {
        switch (element.LocalName)
        {
            case "t":
                text.Append(element.InnerText);
                return;
            case "tab":
                text.Append('\t');
                return;
            case "br" or "cr":
                text.Append('\n');
                return;
            case "del" or "moveFrom" or "delText" or "instrText" or "delInstrText" or "rPr" or "pPr" or "Fallback" or "rt":
                return;
        }

        foreach (var child in element.ChildElements)
        {
            if (child is OpenXmlUnknownElement unknown)
            {
                AppendUnknown(unknown, text);
            }
            else
            {
                Append(child, text);
            }
        }
    }
}
