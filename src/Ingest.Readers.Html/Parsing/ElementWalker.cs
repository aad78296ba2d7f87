using AngleSharp.Dom;

namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// Enumerates elements in document order with an explicit stack, so a deep tree cannot overflow the call stack.
/// Children are read by index: sibling pointers cost a search of the parent's children each in AngleSharp.
/// </summary>
internal static class ElementWalker
{
    /// <summary>How many elements pass between two cancellation checks.</summary>
    private const int CheckInterval = 4096;

    /// <summary>Enumerates the element descendants of <paramref name="root"/> in document order, checking for cancellation as it goes.</summary>
    public static IEnumerable<IElement> Descendants(INode root, CancellationToken cancellationToken)
    {
        var visited = 0;
        var pending = new Stack<IElement>();
        var roots = root.ChildNodes;
        for (var k = roots.Length - 1; k >= 0; k--)
        {
            if (roots[k] is IElement child)
            {
                pending.Push(child);
            }
        }

        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (++visited % CheckInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return element;
            var kids = element.ChildNodes;
            for (var k = kids.Length - 1; k >= 0; k--)
            {
                if (kids[k] is IElement child)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
