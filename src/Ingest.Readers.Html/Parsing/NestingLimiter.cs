namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// Caps element nesting in the source before it is parsed: a start tag that would open an element deeper than the limit
/// is blanked out, with its end tag, so its content joins the deepest element kept. Parsers spend time on each tag in
/// proportion to the depth of the open elements, so 200,000 nested <c>div</c>s took minutes; this pass is linear and
/// checks for cancellation. Tags are replaced by spaces of the same length, so every source offset stays valid.
/// </summary>
internal static class NestingLimiter
{
    /// <summary>How many tags pass between two cancellation checks.</summary>
    private const int CheckInterval = 4096;

    // Elements whose end tag may be left out (the parser closes them itself) and elements that never have content:
    // neither counts towards the depth, or a page of unclosed paragraphs would look deep.
    private static readonly HashSet<string> Uncounted = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt",
        "rp", "rtc", "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "html", "head", "body",
    };

    // Elements whose content is text up to their own end tag.
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
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
        var tags = 0;
        var i = 0;
        while (i < source.Length)
        {
            var lt = source.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= source.Length)
            {
                break;
            }

            if (++tags % CheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var next = source[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipDeclaration(source, lt);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            var nameEnd = nameStart;
            while (nameEnd < source.Length && (char.IsAsciiLetterOrDigit(source[nameEnd]) || source[nameEnd] == '-'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(source[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var name = source[nameStart..nameEnd].ToLowerInvariant();
            var gt = TagEnd(source, nameEnd);
            var selfClosing = gt > 0 && source[gt - 1] == '/';
            if (closing)
            {
                if (dropped.TryGetValue(name, out var open) && open > 0)
                {
                    dropped[name] = open - 1;
                    Blank(source, ref copy, lt, gt);
                }
                else if (!Uncounted.Contains(name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (RawText.Contains(name))
            {
                i = SkipRawText(source, name, gt + 1);
                continue;
            }
            else if (!selfClosing && !Uncounted.Contains(name))
            {
                if (depth >= maxDepth)
                {
                    dropped[name] = dropped.GetValueOrDefault(name) + 1;
                    Blank(source, ref copy, lt, gt);
                }
                else
                {
                    depth++;
                }
            }

            i = gt + 1;
        }

        return copy is null ? (source, false) : (new string(copy), true);
    }

    private static void Blank(string source, ref char[]? copy, int from, int to)
    {
        copy ??= source.ToCharArray();
        copy.AsSpan(from, to - from + 1).Fill(' ');
    }

    /// <summary>The index of the <c>&gt;</c> that ends the tag whose name ends at <paramref name="from"/>, outside quoted values.</summary>
    private static int TagEnd(string source, int from)
    {
        var quote = '\0';
        for (var i = from; i < source.Length; i++)
        {
            var c = source[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && source[i - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return source.Length - 1;
    }

    private static int SkipDeclaration(string source, int lt)
    {
        if (string.CompareOrdinal(source, lt, "<!--", 0, 4) == 0)
        {
            var end = source.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + 3;
        }

        var gt = source.IndexOf('>', lt + 1);
        return gt < 0 ? source.Length : gt + 1;
    }

    /// <summary>Past the end tag's <c>&lt;/</c> of the raw-text element <paramref name="name"/> whose content starts at <paramref name="from"/>, or the end of the source.</summary>
    internal static int SkipRawText(string source, string name, int from)
    {
        var i = from;
        while (i < source.Length)
        {
            var end = source.IndexOf("</", i, StringComparison.Ordinal);
            if (end < 0)
            {
                return source.Length;
            }

            if (string.Compare(source, end + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return end + 2;
            }

            i = end + 2;
        }

        return source.Length;
    }
}
