namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// Caps element nesting in the source before it is parsed: a start tag that would open an element deeper than the limit
/// is blanked out, with its end tag, so its content joins the deepest element kept. Parsers spend time on each tag in
/// proportion to the depth of the open elements, so 200,000 nested <c>div</c>s took minutes; this pass is linear and
/// checks for cancellation. Tags are replaced by spaces of the same length, so every source offset stays valid.
/// </summary>
internal static class NestingLimiter
{
    // Tag names are compared lower-cased in a buffer of this size; a longer name is none of the known ones.
    private const int MaxKnownNameLength = 16;

    /// <summary>
    /// Returns <paramref name="source"/> with elements deeper than <paramref name="maxDepth"/> flattened, and whether any were.
    /// </summary>
    /// <param name="source">The decoded source.</param>
    /// <param name="maxDepth">The deepest nesting kept.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    public static (string Source, bool Flattened) Limit(string source, int maxDepth, CancellationToken cancellationToken)
    {
        char[]? copy = null;
        Dictionary<string, int>? dropped = null;
        var depth = 0;

        // Open svg and math elements: inside them (foreign content) a self-closing tag closes its element; elsewhere the
        // flag is ignored and "<div/>" opens a div like "<div>".
        var foreign = 0;

        // Open HTML integration points inside foreign content (svg foreignObject, desc, title; MathML text elements):
        // their content is HTML again, so the flag is ignored there.
        var integration = 0;
        Span<char> buffer = stackalloc char[MaxKnownNameLength];
        var tags = new TagScanner(source, cancellationToken);
        while (tags.Next())
        {
            var name = tags.Name;
            var lower = name.Length <= MaxKnownNameLength ? buffer[..name.ToLowerInvariant(buffer)] : Span<char>.Empty;
            if (tags.Closing)
            {
                if (dropped is not null && TryCloseDropped(dropped, name))
                {
                    Blank(source, ref copy, tags.Start, tags.End);
                    continue;
                }

                foreign -= IsForeignRoot(lower) && foreign > 0 ? 1 : 0;
                integration = foreign == 0 ? 0 : integration - (IsIntegrationPoint(lower) && integration > 0 ? 1 : 0);
                if (!IsUncounted(lower) && depth > 0)
                {
                    depth--;
                }
            }
            else if (!tags.SkipRawText() && !ClosesItself(tags.SelfClosing, lower, ref foreign, integration) && !IsUncounted(lower))
            {
                if (depth >= maxDepth)
                {
                    dropped ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                    var key = name.ToString();
                    dropped[key] = dropped.GetValueOrDefault(key) + 1;
                    Blank(source, ref copy, tags.Start, tags.End);
                }
                else
                {
                    depth++;

                    // Only kept elements change the context: a blanked svg's end tag is consumed as blanked.
                    foreign += IsForeignRoot(lower) ? 1 : 0;
                    integration += foreign > 0 && IsIntegrationPoint(lower) ? 1 : 0;
                }
            }
        }

        return copy is null ? (source, false) : (new string(copy), true);
    }

    /// <summary>Whether an end tag closes an element that was blanked; if so, one fewer of that name is open.</summary>
    private static bool TryCloseDropped(Dictionary<string, int> dropped, ReadOnlySpan<char> name)
    {
        // Blanked elements are few and of few names, so a scan of the keys costs less than a string per end tag.
        foreach (var (key, open) in dropped)
        {
            if (open > 0 && name.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                dropped[key] = open - 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a start tag closes its own element, as the parser treats it: the self-closing flag counts on a foreign
    /// root and in foreign content, but not inside an integration point, and an HTML tag that breaks out of foreign
    /// content (a <c>div</c> or <c>b</c> in an svg) ends that content, as the tree builder pops the foreign elements.
    /// </summary>
    private static bool ClosesItself(bool selfClosing, ReadOnlySpan<char> lower, ref int foreign, int integration)
    {
        var inForeign = foreign > 0 && integration == 0;
        if (inForeign && IsBreakout(lower))
        {
            foreign = 0;
            return false;
        }

        return selfClosing && (inForeign || IsForeignRoot(lower));
    }

    /// <summary>Elements of svg and MathML whose content the parser reads as HTML.</summary>
    private static bool IsIntegrationPoint(ReadOnlySpan<char> lower) => lower is
        "foreignobject" or "desc" or "title" or "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml";

    /// <summary>HTML start tags that end foreign content (the tree builder's breakout list; <c>font</c> left out: it breaks out only with some attributes).</summary>
    private static bool IsBreakout(ReadOnlySpan<char> lower) => lower is
        "b" or "big" or "blockquote" or "body" or "br" or "center" or "code" or "dd" or "div" or "dl" or "dt" or "em" or "embed"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "hr" or "i" or "img" or "li" or "listing" or "menu" or "meta"
        or "nobr" or "ol" or "p" or "pre" or "ruby" or "s" or "small" or "span" or "strong" or "strike" or "sub" or "sup"
        or "table" or "tt" or "u" or "ul" or "var";

    /// <summary>The roots of foreign content, inside which the self-closing flag closes an element.</summary>
    private static bool IsForeignRoot(ReadOnlySpan<char> lower) => lower is "svg" or "math";

    /// <summary>
    /// Elements whose end tag may be left out (the parser closes them itself) and elements that never have content:
    /// neither counts towards the depth, or a page of unclosed paragraphs would look deep.
    /// </summary>
    private static bool IsUncounted(ReadOnlySpan<char> lower) => lower is
        "p" or "li" or "dt" or "dd" or "option" or "optgroup" or "tr" or "td" or "th" or "tbody" or "thead" or "tfoot" or "colgroup"
        or "rb" or "rt" or "rp" or "rtc" or "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link"
        or "meta" or "source" or "track" or "wbr" or "param" or "keygen" or "html" or "head" or "body";

    private static void Blank(string source, ref char[]? copy, int from, int to)
    {
        copy ??= source.ToCharArray();
        copy.AsSpan(from, to - from + 1).Fill(' ');
    }
}
