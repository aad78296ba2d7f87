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
                if (!IsUncounted(lower) && depth > 0)
                {
                    depth--;
                }
            }
            else if (!tags.SkipRawText() && !IsUncounted(lower) && !(tags.SelfClosing && (foreign > 0 || IsForeignRoot(lower))))
            {
                foreign += IsForeignRoot(lower) ? 1 : 0;
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
