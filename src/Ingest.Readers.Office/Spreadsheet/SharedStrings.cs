using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ingest.Readers.Office.Spreadsheet;

/// <summary>The workbook's shared-string table, read with <see cref="OpenXmlReader"/> (never as a whole DOM).</summary>
internal static class SharedStrings
{
    public static List<string> Read(WorkbookPart workbook, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        var text = new StringBuilder();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                text.Clear();
                AppendItem(reader, text);
                strings.Add(text.ToString());
                if ((strings.Count & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        return strings;
    }

    /// <summary>Reads the text of a string item (<c>si</c> or <c>is</c>): its <c>t</c> elements, leaving out phonetic runs.</summary>
    public static void AppendItem(OpenXmlReader reader, StringBuilder text)
    {
        var depth = reader.Depth;
        var phonetic = false;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.ElementType == typeof(PhoneticRun))
            {
                phonetic = reader.IsStartElement;
            }
            else if (!phonetic && reader.ElementType == typeof(Text) && reader.IsStartElement)
            {
                text.Append(reader.GetText());
            }
        }
    }
}
