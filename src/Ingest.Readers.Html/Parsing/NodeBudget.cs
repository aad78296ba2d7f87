namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// The DOM part of a page's memory budget, measured on the source before it is parsed: every start tag is an element
/// and every attribute token in it a node, so the parser never builds more than the budget allows. The pass is linear,
/// skips comments and raw text (a script's <c>a&lt;b</c> is not a tag) and checks for cancellation. A page over the
/// budget is read up to the tag that crosses it; what the DOM holds besides (text nodes, the elements the parser
/// implies) is at most a small multiple of the tags, and its characters are bounded by the document's byte limit.
/// </summary>
internal static class NodeBudget
{
    /// <summary>How many tags pass between two cancellation checks.</summary>
    private const int CheckInterval = 4096;

    // Elements whose content is text up to their own end tag.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>
    /// The length of the longest prefix of <paramref name="source"/> whose tags hold at most <paramref name="maxNodes"/>
    /// elements and attributes (<paramref name="source"/>'s length when the whole page fits), and the nodes counted in it.
    /// </summary>
    public static (int Length, long Nodes) Fit(string source, long maxNodes, CancellationToken cancellationToken)
    {
        long nodes = 0;
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
            if (next is '!' or '?')
            {
                i = SkipDeclaration(source, lt);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i = lt + 1;
                continue;
            }

            var (end, attributes) = ScanTag(source, lt + 1);
            var count = 1 + attributes;
            if (nodes + count > maxNodes)
            {
                return (lt, nodes);
            }

            nodes += count;
            i = RawTextEnd(source, lt + 1, end + 1);
        }

        return (source.Length, nodes);
    }

    /// <summary>Where the tag whose name starts at <paramref name="from"/> ends (its <c>&gt;</c>) and how many attribute tokens it has.</summary>
    private static (int End, int Attributes) ScanTag(string source, int from)
    {
        var attributes = 0;
        var i = from;
        while (i < source.Length && !IsTagSpace(source[i]) && source[i] is not ('>' or '/'))
        {
            i++;
        }

        var inSpace = true;
        for (; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '>')
            {
                return (i, attributes);
            }

            if (c is '"' or '\'')
            {
                var close = source.IndexOf(c, i + 1);
                i = close < 0 ? source.Length - 1 : close;
                inSpace = false;
                continue;
            }

            var space = IsTagSpace(c) || c is '/' or '=';
            if (inSpace && !space)
            {
                attributes++;
            }

            inSpace = space;
        }

        return (source.Length - 1, attributes);
    }

    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>After a start tag ending before <paramref name="after"/>: past the raw text and its end tag when the element is raw text, else <paramref name="after"/>.</summary>
    private static int RawTextEnd(string source, int nameStart, int after)
    {
        foreach (var name in RawText)
        {
            if (string.Compare(source, nameStart, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && nameStart + name.Length < source.Length
                && (IsTagSpace(source[nameStart + name.Length]) || source[nameStart + name.Length] is '>' or '/'))
            {
                return NestingLimiter.SkipRawText(source, name, after);
            }
        }

        return after;
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
}
