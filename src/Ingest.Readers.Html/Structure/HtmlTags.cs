using AngleSharp.Dom;

namespace Ingest.Readers.Html.Structure;

/// <summary>How the reader treats each HTML element: rendered as a block, left out, or flowed inline.</summary>
internal static class HtmlTags
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CENTER", "DD", "DETAILS", "DIALOG", "DIR", "DIV", "DL", "DT",
        "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR",
        "HTML", "LEGEND", "LI", "MAIN", "MENU", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD",
        "TFOOT", "TR", "TD", "TH", "CAPTION", "UL", "LISTING", "XMP", "PLAINTEXT", "NOFRAMES", "FRAMESET", "OPTGROUP",
    };

    // Never rendered as text: code, styling, embedded objects, form controls and the head.
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT", "EMBED", "VIDEO", "AUDIO", "SOURCE",
        "TRACK", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "OPTION", "HEAD", "TITLE", "META", "LINK", "BASE", "MAP", "AREA",
        "IMG", "PICTURE", "PARAM", "DATALIST", "PROGRESS", "METER", "FRAME", "APPLET",
    };

    /// <summary>Whether the element starts a block of its own (a line break before and after it).</summary>
    public static bool IsBlock(IElement element) => BlockTags.Contains(element.TagName);

    /// <summary>Whether the element is a heading, and its level.</summary>
    public static int HeadingLevel(IElement element)
    {
        var tag = element.TagName;
        return tag.Length == 2 && tag[0] == 'H' && tag[1] is >= '1' and <= '6' ? tag[1] - '0' : 0;
    }

    /// <summary>
    /// Whether the element and everything in it are never part of the text: scripts, styles, embedded objects,
    /// form controls, and elements hidden with <c>hidden</c>, <c>aria-hidden</c> or an inline display or visibility style.
    /// </summary>
    public static bool IsNeverRendered(IElement element)
    {
        if (SkippedTags.Contains(element.TagName))
        {
            return true;
        }

        if (element.Attributes.Length == 0)
        {
            return false;
        }

        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var ariaHidden = element.GetAttribute("aria-hidden");
        if (ariaHidden is not null && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase)
            && !element.ClassName.AsSpan().Contains("math", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && IsHiddenStyle(style);
    }

    private static bool IsHiddenStyle(string style)
    {
        var span = style.AsSpan();
        return HasDeclaration(span, "display", "none") || HasDeclaration(span, "visibility", "hidden");
    }

    private static bool HasDeclaration(ReadOnlySpan<char> style, string property, string value)
    {
        var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var before = at == 0 ? ';' : style[at - 1];
            var rest = style[(at + property.Length)..].TrimStart();
            if ((before is ';' or ' ' or '\t' or '\n' or '{') && rest.Length > 0 && rest[0] == ':')
            {
                var declared = rest[1..].TrimStart();
                if (declared.StartsWith(value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            var next = style[(at + property.Length)..].IndexOf(property, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + property.Length + next;
        }

        return false;
    }
}
