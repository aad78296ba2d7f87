using System.Text;
using Markdig.Syntax.Inlines;

namespace Ingest.Readers.Markdown;

/// <summary>
/// The text a reader sees of Markdown inlines: literals, code spans, emphasis content, link text (with its target
/// collected), soft breaks as spaces and hard breaks as line feeds; raw HTML tags are left out.
/// </summary>
internal static class MarkdownInlineText
{
    public static void Append(ContainerInline? container, StringBuilder text, List<(int Start, int Length, string Target)>? links)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case AutolinkInline autolink:
                    AddLink(text, links, autolink.Url, autolink.Url);
                    break;
                case LinkInline { IsImage: false } link:
                    var start = text.Length;
                    Append(link, text, null);
                    if (links is not null && link.Url is { Length: > 0 } url && text.Length > start)
                    {
                        links.Add((start, text.Length - start, url));
                    }

                    break;
                case LinkInline image:
                    Append(image, text, null);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case HtmlInline:
                    break;
                case ContainerInline inner:
                    Append(inner, text, links);
                    break;
            }
        }
    }

    private static void AddLink(StringBuilder text, List<(int Start, int Length, string Target)>? links, string shown, string target)
    {
        var start = text.Length;
        text.Append(shown);
        links?.Add((start, shown.Length, target));
    }
}
