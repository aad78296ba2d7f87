namespace Ingest.Text.Structure;

/// <summary>The links, images and autolinks of <see cref="InlineMarkup"/>.</summary>
internal sealed partial class InlineMarkup
{
    /// <summary>Parses <c>[text](target "title")</c> starting at the bracket.</summary>
    private static bool TryLink(ReadOnlySpan<char> s, int open, int limit, out int textEnd, out int end, out string target)
    {
        textEnd = end = 0;
        target = string.Empty;
        var max = Math.Min(limit, open + MaxLinkTextLength);
        var j = LinkTextEnd(s, open, max);
        if (j >= max || j + 1 >= limit || s[j + 1] != '(')
        {
            return false;
        }

        textEnd = j;
        var p = SkipSpaces(s, j + 2, limit);
        if (!TryLinkTarget(s, ref p, limit, out var targetStart, out var targetEnd) || !TrySkipLinkTitle(s, ref p, limit, targetEnd))
        {
            return false;
        }

        if (p >= limit || s[p] != ')')
        {
            return false;
        }

        end = p + 1;
        target = s[targetStart..targetEnd].ToString();
        return true;
    }

    /// <summary>The closing bracket of the anchor text that opens at <paramref name="open"/>, nested brackets skipped; at or past <paramref name="max"/> if none.</summary>
    private static int LinkTextEnd(ReadOnlySpan<char> s, int open, int max)
    {
        var depth = 0;
        var j = open + 1;
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

        return j;
    }

    /// <summary>Parses a link target at <paramref name="p"/>, in angle brackets or bare, and moves <paramref name="p"/> past it.</summary>
    private static bool TryLinkTarget(ReadOnlySpan<char> s, ref int p, int limit, out int targetStart, out int targetEnd)
    {
        if (p < limit && s[p] == '<')
        {
            targetStart = p + 1;
            var close = s[targetStart..Math.Min(limit, targetStart + MaxLinkTargetLength)].IndexOfAny('>', '\n');
            if (close < 0 || s[targetStart + close] != '>')
            {
                targetEnd = 0;
                return false;
            }

            targetEnd = targetStart + close;
            p = targetEnd + 1;
            return true;
        }

        targetStart = p;
        p = BareTargetEnd(s, p, limit);
        targetEnd = Math.Min(p, limit);
        return true;
    }

    /// <summary>Where a bare link target at <paramref name="p"/> ends: at whitespace or an unbalanced closing parenthesis.</summary>
    private static int BareTargetEnd(ReadOnlySpan<char> s, int p, int limit)
    {
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

        return p;
    }

    /// <summary>Skips the spaces and the optional quoted title after a link target; false if the title is not closed.</summary>
    private static bool TrySkipLinkTitle(ReadOnlySpan<char> s, ref int p, int limit, int targetEnd)
    {
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

    private static int SkipSpaces(ReadOnlySpan<char> s, int p, int limit)
    {
        while (p < limit && char.IsWhiteSpace(s[p]))
        {
            p++;
        }

        return p;
    }
}
