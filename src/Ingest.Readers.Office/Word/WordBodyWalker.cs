using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Readers.Office.Packaging;

namespace Ingest.Readers.Office.Word;

/// <summary>
/// Walks the body of a Word document in reading order and adds a block per paragraph and table: headings from
/// paragraph styles and outline levels, list items from numbering, tables as tab-separated rows. Content controls and
/// custom XML are walked through.
/// </summary>
internal sealed class WordBodyWalker
{
    private const int MaxContainerDepth = 32;

    private readonly DocumentBuilder _builder;
    private readonly BlockPaths _paths;
    private readonly WordStyles _styles;
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _scratch = new();

    public WordBodyWalker(DocumentBuilder builder, BlockPaths paths, WordStyles styles)
    {
        _builder = builder;
        _paths = paths;
        _styles = styles;
    }

    public void Walk(OpenXmlElement container, string path, CancellationToken cancellationToken, int depth = 0)
    {
        int paragraphs = 0, tables = 0, others = 0;
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph, $"{path}/p[{++paragraphs}]");
                    if ((paragraphs & 255) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    break;
                case Table table:
                    var block = _builder.AddBlock(BlockKind.Table, WordTableText.Render(table, _scratch));
                    _paths.Add(_builder, block, $"{path}/tbl[{++tables}]");
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock when depth < MaxContainerDepth:
                    Walk(element, $"{path}/{element.LocalName}[{++others}]", cancellationToken, depth + 1);
                    break;
            }
        }
    }

    /// <summary>Adds the paragraphs of a note or comment as blocks of their own.</summary>
    public void AddNote(OpenXmlElement note, string path)
    {
        var text = WordText.OfParagraphs(note, _scratch, '\n');
        var block = _builder.AddBlock(BlockKind.Paragraph, text);
        _paths.Add(_builder, block, path);
    }

    /// <summary>Adds a running header or footer once.</summary>
    public void AddFurniture(OpenXmlElement part, BlockKind kind, string path, HashSet<string> seen)
    {
        var text = WordText.OfParagraphs(part, _scratch, '\n');
        if (text.Length > 0 && seen.Add(text))
        {
            _paths.Add(_builder, _builder.AddBlock(kind, text), path);
        }
    }

    private void AddParagraph(Paragraph paragraph, string path)
    {
        _text.Clear();
        WordText.AppendParagraph(paragraph, _text);
        var text = _text.ToString().Trim();
        if (text.Length == 0)
        {
            return;
        }

        var properties = paragraph.ParagraphProperties;
        var role = _styles.RoleOf(properties?.ParagraphStyleId?.Val?.Value);
        var outline = properties?.OutlineLevel?.Val?.Value;
        var numbering = properties?.NumberingProperties;
        Block? block;
        if (role.IsTitle)
        {
            block = _builder.AddBlock(BlockKind.Title, text);
            _builder.Metadata.Title ??= text;
        }
        else if ((outline is >= 0 and <= 8 ? outline + 1 : role.HeadingLevel) is { } level)
        {
            block = _builder.AddBlock(BlockKind.Heading, text, level);
        }
        else if (numbering?.NumberingId?.Val?.Value is > 0 || (role.IsList && numbering?.NumberingId?.Val?.Value is not 0))
        {
            var listLevel = (numbering?.NumberingLevelReference?.Val?.Value ?? 0) + 1;
            block = _builder.AddBlock(BlockKind.ListItem, text, listLevel);
        }
        else
        {
            block = _builder.AddBlock(BlockKind.Paragraph, text);
        }

        _paths.Add(_builder, block, path);
    }
}
