using AngleSharp.Dom;

namespace Ingest.Readers.Html.Parsing;

/// <summary>Enumerates elements in document order with an explicit stack, so a deep tree cannot overflow the call stack.</summary>
internal static class ElementWalker
{
    /// <summary>Enumerates the element descendants of <paramref name="root"/> in document order.</summary>
    public static IEnumerable<IElement> Descendants(INode root)
    {
        var pending = new Stack<IElement>();
        for (var child = LastElementChild(root); child is not null; child = child.PreviousElementSibling)
        {
            pending.Push(child);
        }

        while (pending.Count > 0)
        {
            var element = pending.Pop();
            yield return element;
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                pending.Push(child);
            }
        }
    }

    private static IElement? LastElementChild(INode node) => node switch
    {
        IElement e => e.LastElementChild,
        IParentNode p => p.LastElementChild,
        _ => null,
    };
}
