using System.Text;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Structure;

/// <summary>Reads the text of <c>&lt;pre&gt;</c> and similar elements with its whitespace and line breaks kept.</summary>
internal static class PreformattedText
{
    /// <summary>Returns the element's text, whitespace preserved, without trailing blank lines.</summary>
    public static string Read(IElement element)
    {
        var text = new StringBuilder();
        var pending = new Stack<INode>();
        for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IText t)
            {
                foreach (var c in t.Data)
                {
                    text.Append(c switch
                    {
                        '\r' => '\n',
                        '\u00A0' => ' ',
                        _ => c,
                    });
                }
            }
            else if (node is IElement e && !HtmlTags.IsNeverRendered(e))
            {
                if (e.TagName == "BR" || (HtmlTags.IsBlock(e) && text.Length > 0 && text[^1] != '\n'))
                {
                    text.Append('\n');
                }

                for (var child = e.LastChild; child is not null; child = child.PreviousSibling)
                {
                    pending.Push(child);
                }
            }
        }

        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && text[start] == '\n')
        {
            start++;
        }

        return text.ToString(start, end - start);
    }
}
