using AngleSharp.Dom;

namespace Ingest.Readers.Html.Structure;

/// <summary>
/// Finds the range of the decoded source an element was parsed from: from its start tag (a position the parser
/// records) to the end of its matching end tag, found by balancing tags of the same name in the source.
/// </summary>
internal sealed class SourceRangeLocator
{
    private readonly string _source;

    public SourceRangeLocator(string source) => _source = source;

    /// <summary>Returns the element's source range, or <see langword="null"/> for elements the parser implied.</summary>
    public SourceRange? Find(IElement element)
    {
        var reference = element.SourceReference;
        if (reference is null)
        {
            return null;
        }

        var start = reference.Position.Index;
        if (start < 0 || start >= _source.Length || _source[start] != '<')
        {
            return null;
        }

        var bound = NextElementStart(element) ?? _source.Length;
        var end = FindEnd(element.LocalName, start, Math.Min(bound, _source.Length));
        return new SourceRange(start, end - start);
    }

    private int FindEnd(string name, int start, int bound)
    {
        var depth = 0;
        var i = start + 1;
        var source = _source.AsSpan(0, bound);
        while (i < source.Length)
        {
            var lt = source[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            i += lt;
            var closing = i + 1 < source.Length && source[i + 1] == '/';
            var nameAt = closing ? i + 2 : i + 1;
            if (IsName(source, nameAt, name))
            {
                if (!closing)
                {
                    depth++;
                }
                else if (depth-- == 0)
                {
                    var gt = source[nameAt..].IndexOf('>');
                    return gt < 0 ? bound : nameAt + gt + 1;
                }
            }

            i++;
        }

        // No end tag (implied or missing): the element ends where the next element outside it starts.
        var end = bound;
        while (end > start + 1 && char.IsWhiteSpace(_source[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool IsName(ReadOnlySpan<char> source, int at, string name)
    {
        if (at + name.Length > source.Length || !source.Slice(at, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = at + name.Length;
        return after == source.Length || source[after] is ' ' or '>' or '/' or '\t' or '\n' or '\r' or '\f';
    }

    private static int? NextElementStart(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            for (var next = e.NextElementSibling; next is not null; next = next.NextElementSibling)
            {
                if (next.SourceReference is { } r)
                {
                    return r.Position.Index;
                }
            }
        }

        return null;
    }
}
