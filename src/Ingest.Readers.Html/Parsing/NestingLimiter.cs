namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// Caps element nesting in the source before it is parsed: a start tag that would open an element deeper than the limit
/// is blanked out, with its end tag, so its content joins the deepest element kept. Parsers spend time on each tag in
/// proportion to the depth of the open elements, so 200,000 nested <c>div</c>s took minutes; this pass is linear and
/// checks for cancellation. Tags are replaced by spaces of the same length, so every source offset stays valid.
/// </summary>
internal static class NestingLimiter
{
    // Elements whose end tag may be left out (the parser closes them itself) and elements that never have content:
    // neither counts towards the depth, or a page of unclosed paragraphs would look deep.
    private static readonly HashSet<string> Uncounted = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt",
        "rp", "rtc", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "html", "head", "body",
    };

    /// <summary>
    /// Returns <paramref name="source"/> with elements deeper than <paramref name="maxDepth"/> flattened, and whether any were.
    /// </summary>
    /// <param name="source">The decoded source.</param>
    /// <param name="maxDepth">The deepest nesting kept.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    public static (string Source, bool Flattened) Limit(string source, int maxDepth, CancellationToken cancellationToken)
    {
        char[]? copy = null;
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        var depth = 0;
        var tags = new TagScanner(source, cancellationToken);
        while (tags.Next())
        {
            var name = tags.Name.ToString().ToLowerInvariant();
            if (tags.Closing)
            {
                if (dropped.TryGetValue(name, out var open) && open > 0)
                {
                    dropped[name] = open - 1;
                    Blank(source, ref copy, tags.Start, tags.End);
                }
                else if (!Uncounted.Contains(name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (!tags.SkipRawText() && !tags.SelfClosing && !Uncounted.Contains(name))
            {
                if (depth >= maxDepth)
                {
                    dropped[name] = dropped.GetValueOrDefault(name) + 1;
                    Blank(source, ref copy, tags.Start, tags.End);
                }
                else
                {
                    depth++;
                }
            }
        }

        return copy is null ? (source, false) : (new string(copy), true);
    }

    private static void Blank(string source, ref char[]? copy, int from, int to)
    {
        copy ??= source.ToCharArray();
        copy.AsSpan(from, to - from + 1).Fill(' ');
    }
}
