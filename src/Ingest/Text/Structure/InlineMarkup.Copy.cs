using System.Buffers;
using System.Runtime.InteropServices;

namespace Ingest.Text.Structure;

/// <summary>The output of <see cref="InlineMarkup"/>: the source copied without the removed markers, whitespace collapsed, links mapped.</summary>
internal sealed partial class InlineMarkup
{
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
            i = SkipRemovals(removals, ref r, i);
            MapLinks(links, i, o, ref l, ref linkStart, ref waitingForEnd, ref startPending);
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

    /// <summary>Moves <paramref name="i"/> past the removed ranges that start at or before it, <paramref name="r"/> being the next one.</summary>
    private static int SkipRemovals(ReadOnlySpan<(int Start, int Length)> removals, ref int r, int i)
    {
        while (r < removals.Length && removals[r].Start <= i)
        {
            i = Math.Max(i, removals[r].Start + removals[r].Length);
            r++;
        }

        return i;
    }

    /// <summary>
    /// At source position <paramref name="i"/> and output position <paramref name="o"/>, starts the link whose anchor
    /// text begins there and records the links whose anchor text has ended, as output ranges.
    /// </summary>
    private void MapLinks(ReadOnlySpan<(int TextStart, int TextEnd, string Target)> links, int i, int o, ref int l, ref int linkStart, ref bool waitingForEnd, ref bool startPending)
    {
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
                breakAt = NextIndex(s, i, CharScan.IndexOfRunBreak(s[i..]));
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
