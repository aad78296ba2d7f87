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
internal sealed class InlineMarkup : IDisposable
{
    private const int MaxStackSearch = 32;
    private const int MaxLinkTextLength = 2000;
    private const int MaxLinkTargetLength = 2048;

    private static readonly SearchValues<char> Markers = SearchValues.Create("\\`[*_~<!");

    /// <summary>Every character that may end a run copied as it is: control characters and whitespace other than the space.</summary>
    private static readonly SearchValues<char> RunBreaks = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\v\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
        + "\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

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

    private void Scan(ReadOnlySpan<char> s)
    {
        var i = 0;
        var limit = s.Length;
        var inLink = false;
        var linkTextEnd = 0;
        var linkEnd = 0;
        var floor = 0;
        var sorted = true;
        while (true)
        {
            if (i < limit)
            {
                var k = s[i..limit].IndexOfAny(Markers);
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

            var c = s[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 < limit && IsAsciiPunctuation(s[i + 1]))
                    {
                        _removals.Add((i, 1));
                        i += 2;
                    }
                    else
                    {
                        i++;
                    }

                    break;
                case '`':
                    i = CodeSpan(s, i, limit);
                    break;
                case '!' when !inLink && i + 1 < limit && s[i + 1] == '[' && TryLink(s, i + 1, limit, out var imageTextEnd, out var imageEnd, out _):
                    // An image keeps its alternative text and gets no link.
                    _removals.Add((i, 2));
                    _removals.Add((imageTextEnd, imageEnd - imageTextEnd));
                    inLink = true;
                    floor = _stackCount;
                    linkTextEnd = imageTextEnd;
                    linkEnd = imageEnd;
                    limit = imageTextEnd;
                    i += 2;
                    break;
                case '[' when !inLink && TryLink(s, i, limit, out var textEnd, out var end, out var target):
                    _removals.Add((i, 1));
                    _removals.Add((textEnd, end - textEnd));
                    _sourceLinks.Add((i + 1, textEnd, target));
                    inLink = true;
                    floor = _stackCount;
                    linkTextEnd = textEnd;
                    linkEnd = end;
                    limit = textEnd;
                    i++;
                    break;
                case '<' when !inLink && TryAutolink(s, i, limit, out var autolinkEnd):
                    _removals.Add((i, 1));
                    _removals.Add((autolinkEnd - 1, 1));
                    _sourceLinks.Add((i + 1, autolinkEnd - 1, s[(i + 1)..(autolinkEnd - 1)].ToString()));
                    i = autolinkEnd;
                    break;
                case '*':
                case '_':
                case '~':
                    i = Delimiter(s, i, limit, floor, ref sorted);
                    break;
                default:
                    i++;
                    break;
            }
        }

        if (!sorted)
        {
            CollectionsMarshal.AsSpan(_removals).Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private int Delimiter(ReadOnlySpan<char> s, int i, int limit, int floor, ref bool sorted)
    {
        var c = s[i];
        var n = 1;
        while (i + n < limit && s[i + n] == c)
        {
            n++;
        }

        if (n > 3 || (c == '~' && n != 2))
        {
            return i + n;
        }

        var previous = i > 0 ? s[i - 1] : ' ';
        var next = i + n < limit ? s[i + n] : ' ';
        var canOpen = !char.IsWhiteSpace(next) && !char.IsLetterOrDigit(previous);
        var canClose = !char.IsWhiteSpace(previous) && !char.IsLetterOrDigit(next);
        if (canClose)
        {
            var bottom = Math.Max(floor, _stackCount - MaxStackSearch);
            for (var j = _stackCount - 1; j >= bottom; j--)
            {
                var opener = _stack[j];
                if (opener.Marker == c && opener.Length == n)
                {
                    _removals.Add((opener.Position, n));
                    _removals.Add((i, n));
                    sorted = false;
                    _stackCount = j;
                    return i + n;
                }
            }
        }

        if (canOpen)
        {
            if (_stackCount == _stack.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            _stack[_stackCount++] = (c, n, i);
        }

        return i + n;
    }

    private int CodeSpan(ReadOnlySpan<char> s, int i, int limit)
    {
        var n = 1;
        while (i + n < limit && s[i + n] == '`')
        {
            n++;
        }

        var j = i + n;
        while (j < limit)
        {
            var k = s[j..limit].IndexOf('`');
            if (k < 0)
            {
                break;
            }

            j += k;
            var m = 1;
            while (j + m < limit && s[j + m] == '`')
            {
                m++;
            }

            if (m == n)
            {
                _removals.Add((i, n));
                _removals.Add((j, n));
                return j + n;
            }

            j += m;
        }

        return i + n;
    }

    /// <summary>Parses <c>[text](target "title")</c> starting at the bracket.</summary>
    private static bool TryLink(ReadOnlySpan<char> s, int open, int limit, out int textEnd, out int end, out string target)
    {
        textEnd = end = 0;
        target = string.Empty;
        var depth = 0;
        var j = open + 1;
        var max = Math.Min(limit, open + MaxLinkTextLength);
        for (; j < max; j++)
        {
            var c = s[j];
            if (c == '\\')
            {
                j++;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                if (depth == 0)
                {
                    break;
                }

                depth--;
            }
        }

        if (j >= max || j + 1 >= limit || s[j + 1] != '(')
        {
            return false;
        }

        textEnd = j;
        var p = SkipSpaces(s, j + 2, limit);
        int targetStart, targetEnd;
        if (p < limit && s[p] == '<')
        {
            targetStart = p + 1;
            var close = s[targetStart..Math.Min(limit, targetStart + MaxLinkTargetLength)].IndexOfAny('>', '\n');
            if (close < 0 || s[targetStart + close] != '>')
            {
                return false;
            }

            targetEnd = targetStart + close;
            p = targetEnd + 1;
        }
        else
        {
            targetStart = p;
            var parens = 0;
            var targetMax = Math.Min(limit, p + MaxLinkTargetLength);
            while (p < targetMax)
            {
                var c = s[p];
                if (char.IsWhiteSpace(c))
                {
                    break;
                }

                if (c == '\\')
                {
                    p += 2;
                    continue;
                }

                if (c == '(')
                {
                    parens++;
                }
                else if (c == ')')
                {
                    if (parens == 0)
                    {
                        break;
                    }

                    parens--;
                }

                p++;
            }

            targetEnd = Math.Min(p, limit);
        }

        p = SkipSpaces(s, p, limit);
        if (p < limit && s[p] is '"' or '\'' or '(' && p > targetEnd)
        {
            var closer = s[p] == '(' ? ')' : s[p];
            var close = s[(p + 1)..Math.Min(limit, p + 1 + MaxLinkTargetLength)].IndexOf(closer);
            if (close < 0)
            {
                return false;
            }

            p = SkipSpaces(s, p + 1 + close + 1, limit);
        }

        if (p >= limit || s[p] != ')')
        {
            return false;
        }

        end = p + 1;
        target = s[targetStart..targetEnd].ToString();
        return true;
    }

    /// <summary>Parses <c>&lt;scheme:target&gt;</c> starting at the angle bracket.</summary>
    private static bool TryAutolink(ReadOnlySpan<char> s, int open, int limit, out int end)
    {
        end = 0;
        var j = open + 1;
        var max = Math.Min(limit, open + 1 + 32);
        if (j >= limit || !char.IsAsciiLetter(s[j]))
        {
            return false;
        }

        while (j < max && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '+' or '.' or '-'))
        {
            j++;
        }

        if (j >= limit || s[j] != ':' || j - open < 3)
        {
            return false;
        }

        var urlMax = Math.Min(limit, open + MaxLinkTargetLength);
        for (j++; j < urlMax; j++)
        {
            var c = s[j];
            if (c == '>')
            {
                end = j + 1;
                return true;
            }

            if (c is '<' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAsciiPunctuation(char c)
        => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    private static int SkipSpaces(ReadOnlySpan<char> s, int p, int limit)
    {
        while (p < limit && char.IsWhiteSpace(s[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>Copies the source without the removed ranges, collapsing whitespace and mapping link ranges to the output.</summary>
    private void Copy(ReadOnlySpan<char> s)
    {
        if (_output.Length < s.Length)
        {
            ArrayPool<char>.Shared.Return(_output);
            _output = ArrayPool<char>.Shared.Rent(s.Length);
        }

        var output = _output;
        var removals = CollectionsMarshal.AsSpan(_removals);
        var links = CollectionsMarshal.AsSpan(_sourceLinks);
        int r = 0, l = 0, o = 0, linkStart = -1;
        var waitingForEnd = false;
        var startPending = false;
        var pendingSpace = false;
        var i = 0;
        while (true)
        {
            while (r < removals.Length && removals[r].Start <= i)
            {
                i = Math.Max(i, removals[r].Start + removals[r].Length);
                r++;
            }

            while (l < links.Length)
            {
                if (!waitingForEnd)
                {
                    if (i < links[l].TextStart)
                    {
                        break;
                    }

                    waitingForEnd = true;
                    startPending = true;
                    linkStart = -1;
                }

                if (i < links[l].TextEnd)
                {
                    break;
                }

                if (linkStart >= 0 && o > linkStart)
                {
                    _links.Add(new TextLink(linkStart, o - linkStart, links[l].Target));
                }

                waitingForEnd = false;
                startPending = false;
                l++;
            }

            if (i >= s.Length)
            {
                break;
            }

            if (r == removals.Length && l == links.Length)
            {
                // Nothing left to remove or map: most blocks, and the tail of the rest.
                o = CopyCollapsingWhitespace(s[i..], output, o, pendingSpace);
                break;
            }

            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = o > 0;
            }
            else
            {
                if (pendingSpace)
                {
                    output[o++] = ' ';
                    pendingSpace = false;
                }

                if (startPending)
                {
                    linkStart = o;
                    startPending = false;
                }

                output[o++] = c;
            }

            i++;
        }

        _outputLength = o;
    }

    /// <summary>
    /// Copies <paramref name="s"/> to <paramref name="output"/> at <paramref name="o"/> with whitespace collapsed as
    /// <see cref="Copy"/> does, character by character only at run ends: a run of text whose spaces are single spaces
    /// between other characters comes out unchanged, so it is found by vectorized searches and copied whole.
    /// </summary>
    private static int CopyCollapsingWhitespace(ReadOnlySpan<char> s, char[] output, int o, bool pendingSpace)
    {
        var i = 0;
        var breakAt = -1;
        var doubleSpaceAt = -1;
        while (i < s.Length)
        {
            if (breakAt < i)
            {
                breakAt = NextIndex(s, i, s[i..].IndexOfAny(RunBreaks));
            }

            if (doubleSpaceAt < i)
            {
                doubleSpaceAt = NextIndex(s, i, s[i..].IndexOf("  "));
            }

            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = o > 0;
                i++;
                continue;
            }

            var end = Math.Min(breakAt, doubleSpaceAt);
            if (end > i && s[end - 1] == ' ')
            {
                // A space just before a break or a double space is whitespace to collapse, not part of the run.
                end--;
            }

            // A control character at a break is copied as a run of one.
            end = Math.Max(end, i + 1);
            if (pendingSpace)
            {
                output[o++] = ' ';
                pendingSpace = false;
            }

            s[i..end].CopyTo(output.AsSpan(o));
            o += end - i;
            i = end;
        }

        return o;
    }

    private static int NextIndex(ReadOnlySpan<char> s, int from, int found) => found < 0 ? s.Length : from + found;
}
