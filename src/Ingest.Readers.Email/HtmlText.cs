using System.Text;
using MimeKit.Text;

namespace Ingest.Readers.Email;

/// <summary>
/// The text of an HTML body when no HTML reader is registered: character data with block elements and line breaks as
/// paragraph breaks; scripts and styles left out.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "section", "article",
    };

    public static string Extract(string html)
    {
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        var skipping = false;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when tag.Name is "script" or "style" or "head":
                    skipping = !tag.IsEndTag;
                    break;
                case HtmlTagToken tag when BlockTags.Contains(tag.Name):
                    text.Append("\n\n");
                    break;
                case HtmlDataToken data when !skipping:
                    text.Append(data.Data);
                    break;
            }
        }

        return text.ToString();
    }
}
