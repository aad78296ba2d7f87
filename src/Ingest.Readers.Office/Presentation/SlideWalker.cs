using System.Text;
using DocumentFormat.OpenXml;
using Ingest.Readers.Office.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Ingest.Readers.Office.Presentation;

/// <summary>
/// Adds the blocks of one slide: its title as a level-1 heading first, then the other shapes in the order of the shape
/// tree (groups walked through): placeholder body text as list items at their outline level, other text boxes as
/// paragraphs, tables as table blocks; every block carries the slide number as its page.
/// </summary>
internal sealed class SlideWalker
{
    private const int MaxGroupDepth = 32;

    private readonly DocumentBuilder _builder;
    private readonly BlockPaths _paths;
    private readonly StringBuilder _scratch = new();

    public SlideWalker(DocumentBuilder builder, BlockPaths paths)
    {
        _builder = builder;
        _paths = paths;
    }

    public void AddSlide(P.ShapeTree tree, int slide, string path)
    {
        var shapes = Flatten(tree, 0).ToList();
        var titles = shapes.Where(s => s is P.Shape && SlideText.IsTitle(SlideText.Placeholder(s))).ToList();
        foreach (var title in titles)
        {
            var text = string.Join(' ', title.Descendants<A.Paragraph>().Select(p => SlideText.OfParagraph(p, _scratch)).Where(t => t.Length > 0));
            _paths.Add(_builder, _builder.AddBlock(BlockKind.Heading, text, 1, page: slide), $"{path}/sp[@title]");
        }

        var index = 0;
        foreach (var shape in shapes)
        {
            index++;
            if (titles.Contains(shape))
            {
                continue;
            }

            if (shape is P.GraphicFrame frame && frame.Descendants<A.Table>().FirstOrDefault() is { } table)
            {
                _paths.Add(_builder, _builder.AddBlock(BlockKind.Table, SlideText.OfTable(table, _scratch), page: slide), $"{path}/graphicFrame[{index}]");
            }
            else if (shape is P.Shape sp && sp.TextBody is { } body)
            {
                AddTextBody(body, SlideText.Placeholder(sp) is not null, slide, $"{path}/sp[{index}]");
            }
        }
    }

    /// <summary>Adds the speaker notes of a slide (the body placeholders of its notes page) as one paragraph block.</summary>
    public void AddNotes(P.NotesSlide notes, int slide, string path)
    {
        var lines = new List<string>();
        foreach (var shape in notes.Descendants<P.Shape>())
        {
            var type = SlideText.Placeholder(shape)?.Type?.Value;
            if (type is { } t && t == P.PlaceholderValues.Body && shape.TextBody is { } body)
            {
                lines.AddRange(body.Elements<A.Paragraph>().Select(p => SlideText.OfParagraph(p, _scratch)).Where(l => l.Length > 0));
            }
        }

        _paths.Add(_builder, _builder.AddBlock(BlockKind.Paragraph, string.Join('\n', lines), page: slide), path);
    }

    private void AddTextBody(P.TextBody body, bool placeholder, int slide, string path)
    {
        var index = 0;
        foreach (var paragraph in body.Elements<A.Paragraph>())
        {
            index++;
            var text = SlideText.OfParagraph(paragraph, _scratch);
            var properties = paragraph.ParagraphProperties;
            var bulleted = placeholder ? properties?.GetFirstChild<A.NoBullet>() is null : properties?.GetFirstChild<A.CharacterBullet>() is not null || properties?.GetFirstChild<A.AutoNumberedBullet>() is not null;
            var block = bulleted
                ? _builder.AddBlock(BlockKind.ListItem, text, (properties?.Level?.Value ?? 0) + 1, page: slide)
                : _builder.AddBlock(BlockKind.Paragraph, text, page: slide);
            _paths.Add(_builder, block, $"{path}/txBody/p[{index}]");
        }
    }

    private static IEnumerable<OpenXmlElement> Flatten(OpenXmlElement container, int depth)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is P.GroupShape group && depth < MaxGroupDepth)
            {
                foreach (var inner in Flatten(group, depth + 1))
                {
                    yield return inner;
                }
            }
            else if (child is P.Shape or P.GraphicFrame)
            {
                yield return child;
            }
        }
    }
}
