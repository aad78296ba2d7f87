namespace Ingest.Text.Structure;

/// <summary>The emphasis delimiters, code spans and escapes of <see cref="InlineMarkup"/>.</summary>
internal sealed partial class InlineMarkup
{
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

    private static bool IsAsciiPunctuation(char c)
        => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
}
