namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// The DOM part of a page's memory budget, measured on the source before it is parsed: every start tag is an element
/// and every attribute in it a node, so the parser never builds more than the budget allows. The pass is linear,
/// skips comments and raw text (a script's <c>a&lt;b</c> is not a tag) and checks for cancellation (see <see cref="TagScanner"/>).
/// A page over the budget is read up to the tag that crosses it; what the DOM holds besides (text nodes, the elements
/// the parser implies) is at most a small multiple of the tags, and its characters are bounded by the document's byte limit.
/// </summary>
internal static class NodeBudget
{
    /// <summary>
    /// The length of the longest prefix of <paramref name="source"/> whose tags hold at most <paramref name="maxNodes"/>
    /// elements and attributes (<paramref name="source"/>'s length when the whole page fits), and the nodes counted in it.
    /// </summary>
    public static (int Length, long Nodes) Fit(string source, long maxNodes, CancellationToken cancellationToken)
    {
        long nodes = 0;
        var tags = new TagScanner(source, cancellationToken);
        while (tags.Next())
        {
            if (tags.Closing)
            {
                continue;
            }

            var count = 1 + tags.Attributes;
            if (nodes + count > maxNodes)
            {
                return (tags.Start, nodes);
            }

            nodes += count;
            tags.SkipRawText();
        }

        return (source.Length, nodes);
    }
}
