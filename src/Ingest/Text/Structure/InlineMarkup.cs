using System.Buffers;
using System.Runtime.InteropServices;

namespace Ingest.Text.Structure;

/// <summary>
/// Removes inline Markdown markers from a block's text (emphasis, strike-through, code spans, links, images,
/// autolinks and backslash escapes), collapses whitespace to single spaces and records links.
/// One instance per read; its buffers are reused from block to block.
/// </summary>
/// <remarks>
/// Emphasis is matched with a delimiter stack, as CommonMark does, but more strictly: an opening run must not
/// follow a letter or digit and a closing run must not precede one. So <c>file_name_here</c>, <c>5*3*2</c> and a lone
/// <c>*</c> stay as they are, while <c>**bold**</c>, <c>*"quoted"*</c> and <c>*Vedomosti*’s</c> lose their markers.
/// </remarks>
internal sealed partial class InlineMarkup : IDisposable
{
    private const int MaxStackSearch = 32;
    private const int MaxLinkTextLength = 2000;
    private const int MaxLinkTargetLength = 2048;

    private readonly List<(int Start, int Length)> _removals = new();
    private readonly List<(int TextStart, int TextEnd, string Target)> _sourceLinks = new();
    private readonly List<TextLink> _links = new();
    private (char Marker, int Length, int Position)[] _stack = new (char, int, int)[16];
    private int _stackCount;
    private char[] _output = ArrayPool<char>.Shared.Rent(1024);
    private int _outputLength;

    /// <summary>The text of the last processed block.</summary>
    public ReadOnlySpan<char> Text => _output.AsSpan(0, _outputLength);

    /// <summary>The links of the last processed block.</summary>
    public ReadOnlySpan<TextLink> Links => CollectionsMarshal.AsSpan(_links);

    /// <summary>Processes one block's raw text.</summary>
    /// <param name="source">The raw text, lines separated by line feeds.</param>
    /// <param name="markdown">Whether to remove Markdown markers; otherwise only whitespace is collapsed.</param>
    public void Process(ReadOnlySpan<char> source, bool markdown)
    {
        _removals.Clear();
        _sourceLinks.Clear();
        _links.Clear();
        _stackCount = 0;
        if (markdown)
        {
            Scan(source);
        }

        Copy(source);
    }

    public void Dispose()
    {
        var output = _output;
        _output = Array.Empty<char>();
        if (output.Length > 0)
        {
            ArrayPool<char>.Shared.Return(output);
        }
    }

    /// <summary>Records the ranges of markers to remove and the links, in source positions.</summary>
    private void Scan(ReadOnlySpan<char> s)
    {
        var i = 0;
        var limit = s.Length;
        var inLink = false;
        var linkEnd = 0;
        var floor = 0;
        var sorted = true;
        while (true)
        {
            if (i < limit)
            {
                var k = CharScan.IndexOfMarker(s[i..limit]);
                i = k < 0 ? limit : i + k;
            }

            if (i >= limit)
            {
                if (!inLink)
                {
                    break;
                }

                // Leaving a link's anchor text: unmatched openers inside it cannot pair with anything outside.
                inLink = false;
                _stackCount = floor;
                floor = 0;
                i = linkEnd;
                limit = s.Length;
                continue;
            }

            if (!inLink && TryEnterLink(s, ref i, limit, out var textEnd, out var end))
            {
                // Only the anchor text is scanned until the link ends; then the scan resumes after it.
                inLink = true;
                floor = _stackCount;
                linkEnd = end;
                limit = textEnd;
                continue;
            }

            i = ScanMarker(s, i, limit, floor, inLink, ref sorted);
        }

        if (!sorted)
        {
            CollectionsMarshal.AsSpan(_removals).Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// Records an image or a link that starts at <paramref name="i"/> and moves <paramref name="i"/> into its anchor
    /// text, which ends at <paramref name="textEnd"/>; the whole ends at <paramref name="end"/>.
    /// </summary>
    private bool TryEnterLink(ReadOnlySpan<char> s, ref int i, int limit, out int textEnd, out int end)
    {
        if (s[i] == '!' && i + 1 < limit && s[i + 1] == '[' && TryLink(s, i + 1, limit, out textEnd, out end, out _))
        {
            // An image keeps its alternative text and gets no link.
            _removals.Add((i, 2));
            _removals.Add((textEnd, end - textEnd));
            i += 2;
            return true;
        }

        if (s[i] == '[' && TryLink(s, i, limit, out textEnd, out end, out var target))
        {
            _removals.Add((i, 1));
            _removals.Add((textEnd, end - textEnd));
            _sourceLinks.Add((i + 1, textEnd, target));
            i++;
            return true;
        }

        textEnd = end = 0;
        return false;
    }

    /// <summary>Handles the marker character at <paramref name="i"/> other than a link's and returns where to scan on.</summary>
    private int ScanMarker(ReadOnlySpan<char> s, int i, int limit, int floor, bool inLink, ref bool sorted)
    {
        switch (s[i])
        {
            case '\\':
                if (i + 1 < limit && IsAsciiPunctuation(s[i + 1]))
                {
                    _removals.Add((i, 1));
                    return i + 2;
                }

                return i + 1;
            case '`':
                return CodeSpan(s, i, limit);
            case '<' when !inLink && TryAutolink(s, i, limit, out var autolinkEnd):
                _removals.Add((i, 1));
                _removals.Add((autolinkEnd - 1, 1));
                _sourceLinks.Add((i + 1, autolinkEnd - 1, s[(i + 1)..(autolinkEnd - 1)].ToString()));
                return autolinkEnd;
            case '*':
            case '_':
            case '~':
                return Delimiter(s, i, limit, floor, ref sorted);
            default:
                return i + 1;
        }
    }
}
