using Ingest.Readers.Pdf.Structure;
using Ingest.Readers.Pdf.Objects;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Content;

/// <summary>Walks the page tree (iteratively, guarding against cycles) and resolves inherited attributes.</summary>
internal static class PdfPageTree
{
    /// <summary>The pages in order, at most <paramref name="maxPages"/>.</summary>
    /// <param name="store">The document's objects.</param>
    /// <param name="maxPages">The most pages returned.</param>
    public static List<PdfPage> GetPages(PdfObjectStore store, int maxPages)
    {
        var pages = new List<PdfPage>();
        var root = store.Get(store.Root, "Pages") as PdfDictionary;
        if (root is null)
        {
            return pages;
        }

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var stack = new PdfValueList<PdfPageTreeFrame>();
        stack.Push(new PdfPageTreeFrame(root, new PdfPageTreeInherited(null, null, null, 0)));
        while (stack.Count > 0 && pages.Count < maxPages)
        {
            store.Budget.Check();
            var (node, inherited) = stack.Pop();
            if (!visited.Add(node))
            {
                continue;
            }

            var here = new PdfPageTreeInherited(
                store.Get(node, "Resources") as PdfDictionary ?? inherited.Resources,
                store.Get(node, "MediaBox") as PdfArray ?? inherited.MediaBox,
                store.Get(node, "CropBox") as PdfArray ?? inherited.CropBox,
                node.ContainsKey("Rotate") ? (int)PdfValues.Number(store.Get(node, "Rotate")) : inherited.Rotate);
            var kids = store.Get(node, "Kids") as PdfArray;
            var kind = Classify(store, node, kids);
            if (kind == NodeKind.Intermediate)
            {
                for (var i = kids!.Count - 1; i >= 0; i--)
                {
                    if (store.Resolve(kids[i]) is PdfDictionary kid)
                    {
                        stack.Push(new PdfPageTreeFrame(kid, here));
                    }
                }

                continue;
            }

            if (kind == NodeKind.Empty)
            {
                continue;
            }

            var box = ToBox(store, here.CropBox) ?? ToBox(store, here.MediaBox) ?? (0, 0, 612, 792);
            if (ToBox(store, here.MediaBox) is { } media && here.CropBox is not null)
            {
                // The crop box is clipped to the media box.
                box = (Math.Max(box.Left, media.Left), Math.Max(box.Bottom, media.Bottom), Math.Min(box.Right, media.Right), Math.Min(box.Top, media.Top));
                if (box.Right <= box.Left || box.Top <= box.Bottom)
                {
                    box = media;
                }
            }

            var rotate = ((here.Rotate % 360) + 360) % 360;
            rotate = rotate - (rotate % 90);
            pages.Add(new PdfPage(pages.Count + 1, node, here.Resources, box, rotate));
        }

        return pages;
    }

    /// <summary>
    /// What a page-tree node is, from what it holds rather than from its <c>/Type</c> alone: writers put
    /// <c>/Type /Page</c> on intermediate nodes, leave <c>/Type</c> out, or label a page <c>/Pages</c>. A node with
    /// dictionary kids and no content of its own is intermediate; a node labelled a page or drawing content is a page;
    /// anything else (an empty <c>/Pages</c> node) holds nothing.
    /// </summary>
    private static NodeKind Classify(PdfObjectStore store, PdfDictionary node, PdfArray? kids)
    {
        var isPage = PdfValues.Name(store.Get(node, "Type")) == "Page";
        var hasContents = node.ContainsKey("Contents");
        if (isPage && hasContents)
        {
            return NodeKind.Page;
        }

        if (kids is not null && kids.Any(kid => store.Resolve(kid) is PdfDictionary))
        {
            return NodeKind.Intermediate;
        }

        return isPage || hasContents || kids is null ? NodeKind.Page : NodeKind.Empty;
    }

    private static (double Left, double Bottom, double Right, double Top)? ToBox(PdfObjectStore store, PdfArray? array)
    {
        if (array is not { Count: 4 })
        {
            return null;
        }

        var a = PdfValues.Number(store.Resolve(array[0]));
        var b = PdfValues.Number(store.Resolve(array[1]));
        var c = PdfValues.Number(store.Resolve(array[2]));
        var d = PdfValues.Number(store.Resolve(array[3]));
        var box = (Math.Min(a, c), Math.Min(b, d), Math.Max(a, c), Math.Max(b, d));
        return box.Item3 - box.Item1 < 1 || box.Item4 - box.Item2 < 1 ? null : box;
    }
}
