using System.Text;

namespace Ingest.Rendering;

/// <summary>
/// Escapes text so that CommonMark reads it back as the same characters in one block: line breaks become spaces,
/// inline markup characters are backslash-escaped, and a line start that would open another block is escaped.
/// </summary>
internal static class MarkdownEscaper
{
    public static void AppendInline(StringBuilder output, ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var start = output.Length;
        var lastWasSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // One block is one line: line breaks and tabs fold to single spaces.
                if (!lastWasSpace)
                {
                    output.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (NeedsEscape(text, i))
            {
                output.Append('\\');
            }

            output.Append(c);
        }

        EscapeBlockStart(output, start);
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        // Emphasis, code spans, links, autolinks and raw HTML, hard breaks and strikethrough.
        // The pipe separates table cells; escaped everywhere so a paragraph never reads as a table row.
        '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '~' or '|' => true,
        '&' => IsEntityStart(text[(i + 1)..]),
        '!' => i + 1 < text.Length && text[i + 1] == '[',
        _ => false,
    };

    // "&amp;" or "&#39;" would be read as a character reference.
    private static bool IsEntityStart(ReadOnlySpan<char> rest)
    {
        var semicolon = rest.IndexOf(';');
        if (semicolon <= 0 || semicolon > 32)
        {
            return false;
        }

        foreach (var c in rest[..semicolon])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '#')
            {
                return false;
            }
        }

        return true;
    }

    // A line that begins like a heading, list item, thematic break or setext underline is escaped at its first character.
    private static void EscapeBlockStart(StringBuilder output, int start)
    {
        if (output.Length <= start)
        {
            return;
        }

        var first = output[start];
        if (first is '#' or '-' or '+' or '=')
        {
            output.Insert(start, '\\');
            return;
        }

        var digits = start;
        while (digits < output.Length && digits - start < 10 && char.IsAsciiDigit(output[digits]))
        {
            digits++;
        }

        if (digits > start && digits < output.Length && output[digits] is '.' or ')')
        {
            output.Insert(digits, '\\');
        }
    }
}
