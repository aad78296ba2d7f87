using AngleSharp.Dom;

namespace Ingest.Readers.Html.Structure;

/// <summary>
/// Finds the range of the decoded source an element was parsed from: from its start tag (a position the parser
/// records) to the end of its matching end tag, found by balancing tags of the same name in the source.
/// </summary>
internal sealed class SourceRangeLocator
{
    private readonly string _source;
    private readonly Dictionary<IElement, SourceRange?> _found = new(ReferenceEqualityComparer.Instance);

    public SourceRangeLocator(string source) => _source = source;

    /// <summary>The length of the source.</summary>
    public int SourceLength => _source.Length;

    /// <summary>Returns the source offset of the element's start tag, or <see langword="null"/> for elements the parser implied.</summary>
    public static int? StartOf(INode node) => node is IElement { SourceReference: { } reference } ? reference.Position.Index : null;

    /// <summary>
    /// Returns the element's source range, or <see langword="null"/> for elements the parser implied.
    /// <paramref name="bound"/> is where the next element outside it starts (the end when unknown).
    /// </summary>
    public SourceRange? Find(IElement element, int bound)
    {
        if (!_found.TryGetValue(element, out var range))
        {
            range = Locate(element, bound);
            _found[element] = range;
        }

        return range;
    }

    private SourceRange? Locate(IElement element, int bound)
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

        bound = bound <= start ? _source.Length : Math.Min(bound, _source.Length);
        var end = FindEnd(element.LocalName, start, bound);
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
}
