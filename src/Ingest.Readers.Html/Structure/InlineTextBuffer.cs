using System.Text;

namespace Ingest.Readers.Html.Structure;

/// <summary>
/// Collects the text of one block as a browser lays it out: whitespace runs (including non-breaking spaces) collapse to one
/// space, leading and trailing space disappears, <c>&lt;br&gt;</c> starts a new line.
/// </summary>
internal sealed class InlineTextBuffer
{
    private readonly StringBuilder _text = new(256);
    private bool _pendingSpace;

    /// <summary>The number of characters written so far (a pending space not included).</summary>
    public int Length => _text.Length;

    /// <summary>Whether nothing visible has been written.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Appends text, collapsing whitespace.</summary>
    public void Append(string data)
    {
        var span = data.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (IsCollapsible(c))
            {
                _pendingSpace = _text.Length > 0 && _text[^1] != '\n';
                i++;
                continue;
            }

            if (IsInvisible(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && !IsCollapsible(span[i]) && !IsInvisible(span[i]))
            {
                i++;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }

            _text.Append(span[start..i]);
        }
    }

    /// <summary>Marks a word boundary, as between two table cells read inline.</summary>
    public void Space() => _pendingSpace = _text.Length > 0 && _text[^1] != '\n';

    /// <summary>Starts a new line, as <c>&lt;br&gt;</c> does.</summary>
    public void LineBreak()
    {
        _pendingSpace = false;
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }
    }

    /// <summary>Returns the text and clears the buffer.</summary>
    public string Take()
    {
        var end = _text.Length;
        while (end > 0 && _text[end - 1] is ' ' or '\n')
        {
            end--;
        }

        var text = _text.ToString(0, end);
        _text.Clear();
        _pendingSpace = false;
        return text;
    }

    /// <summary>Whitespace that HTML collapses: ASCII whitespace, the non-breaking space and other Unicode spaces.</summary>
    public static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u2007' or '\u202F' or '\u3000'
        || (c >= '\u2000' && c <= '\u200A');

    private static bool IsInvisible(char c) => c is '\u200B' or '\u00AD' or '\uFEFF' or '\u200C' or '\u200D' or '\u2060';
}
