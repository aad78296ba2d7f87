namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// Walks the tags of HTML source text before it is parsed, in one linear pass with the grammar of the HTML tokenizer:
/// a tag is <c>&lt;</c> (or <c>&lt;/</c>) and an ASCII letter; its name runs to white space, <c>/</c> or <c>&gt;</c>;
/// attribute names run to white space, <c>/</c>, <c>=</c> or <c>&gt;</c>; a quote opens a value only after <c>=</c>, so a
/// <c>&gt;</c> inside a quoted value does not end the tag. Comments, doctypes and processing instructions are stepped
/// over, and the caller skips the content of raw-text elements (a script's <c>a&lt;b</c> is not a tag) with
/// <see cref="SkipRawText"/>. The token is checked every few thousand tags. <see cref="NodeBudget"/> and
/// <see cref="NestingLimiter"/> both read the source through it, so the grammar lives here alone.
/// </summary>
internal ref struct TagScanner
{
    /// <summary>How many tags pass between two cancellation checks.</summary>
    private const int CheckInterval = 4096;

    // Elements whose content is text up to their own end tag.
    private static readonly string[] RawTextNames = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    private readonly string _source;
    private readonly CancellationToken _cancellationToken;
    private int _position;
    private int _tags;

    /// <summary>A scanner at the start of <paramref name="source"/>.</summary>
    public TagScanner(string source, CancellationToken cancellationToken)
    {
        _source = source;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The index of the current tag's <c>&lt;</c>.</summary>
    public int Start { get; private set; }

    /// <summary>The index of the current tag's <c>&gt;</c>, or the last index of the source when the tag is not closed.</summary>
    public int End { get; private set; }

    /// <summary>Whether the current tag is an end tag (<c>&lt;/name&gt;</c>).</summary>
    public bool Closing { get; private set; }

    /// <summary>How many attributes the current tag has.</summary>
    public int Attributes { get; private set; }

    /// <summary>The index where the current tag's name starts.</summary>
    public int NameStart { get; private set; }

    /// <summary>The length of the current tag's name.</summary>
    public int NameLength { get; private set; }

    /// <summary>The current tag's name as written.</summary>
    public readonly ReadOnlySpan<char> Name => _source.AsSpan(NameStart, NameLength);

    /// <summary>
    /// Whether the current tag carries the tokenizer's self-closing flag: a <c>/</c> directly before its <c>&gt;</c>
    /// outside any attribute value (in <c>&lt;a href=x/&gt;</c> the slash is part of the unquoted value). Only void and
    /// foreign (SVG, MathML) elements honour the flag; an HTML element such as <c>&lt;div/&gt;</c> stays open.
    /// </summary>
    public bool SelfClosing { get; private set; }

    /// <summary>Moves to the next tag; <see langword="false"/> at the end of the source.</summary>
    public bool Next()
    {
        var source = _source;
        while (_position < source.Length)
        {
            var lt = source.IndexOf('<', _position);
            if (lt < 0 || lt + 1 >= source.Length)
            {
                break;
            }

            if (++_tags % CheckInterval == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            var next = source[lt + 1];
            if (next is '!' or '?')
            {
                _position = SkipDeclaration(source, lt);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= source.Length || !char.IsAsciiLetter(source[nameStart]))
            {
                _position = lt + 1;
                continue;
            }

            var nameEnd = nameStart + 1;
            while (nameEnd < source.Length && !IsTagSpace(source[nameEnd]) && source[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            Start = lt;
            Closing = closing;
            NameStart = nameStart;
            NameLength = nameEnd - nameStart;
            (End, Attributes, var selfClosing) = ScanAttributes(source, nameEnd);
            SelfClosing = selfClosing;
            _position = End + 1;
            return true;
        }

        _position = source.Length;
        return false;
    }

    /// <summary>
    /// When the current tag opens a raw-text element (<c>script</c>, <c>style</c>, ...), moves past its content to the
    /// <c>&lt;/</c> of its end tag (or the end of the source) and returns <see langword="true"/>.
    /// </summary>
    public bool SkipRawText()
    {
        if (Closing)
        {
            return false;
        }

        var name = Name;
        foreach (var raw in RawTextNames)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                _position = SkipRawTextFrom(_source, raw, End + 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>Past the end tag's <c>&lt;/</c> of the raw-text element <paramref name="name"/> whose content starts at <paramref name="from"/>, or the end of the source.</summary>
    private static int SkipRawTextFrom(string source, string name, int from)
    {
        var i = from;
        while (i < source.Length)
        {
            var end = source.IndexOf("</", i, StringComparison.Ordinal);
            if (end < 0)
            {
                return source.Length;
            }

            // The name must end there (white space, '/', '>' or the end): "</scripts" does not close a script.
            var after = end + 2 + name.Length;
            if (string.Compare(source, end + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (after >= source.Length || IsTagSpace(source[after]) || source[after] is '/' or '>'))
            {
                return end + 2;
            }

            i = end + 2;
        }

        return source.Length;
    }

    /// <summary>
    /// From the end of a tag's name: where the tag ends (its <c>&gt;</c>), how many attribute names it holds and whether
    /// a <c>/</c> outside a value stands right before the <c>&gt;</c> (the self-closing flag). A value is quoted only when
    /// its quote follows <c>=</c> (white space between allowed); unquoted values run to white space or <c>&gt;</c>, and a
    /// <c>/</c> in them is part of the value.
    /// </summary>
    private static (int End, int Attributes, bool SelfClosing) ScanAttributes(string source, int from)
    {
        var attributes = 0;
        var slash = false;
        var i = from;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '>')
            {
                return (i, attributes, slash);
            }

            if (IsTagSpace(c) || c == '/')
            {
                slash = c == '/';
                i++;
                continue;
            }

            slash = false;

            // An attribute name: its first character may be anything, even '=' or a quote.
            attributes++;
            i++;
            while (i < source.Length && !IsTagSpace(source[i]) && source[i] is not ('/' or '>' or '='))
            {
                i++;
            }

            i = SkipSpace(source, i);
            if (i < source.Length && source[i] == '=')
            {
                i = SkipValue(source, SkipSpace(source, i + 1));
            }
        }

        return (source.Length - 1, attributes, false);
    }

    private static int SkipValue(string source, int i)
    {
        if (i >= source.Length)
        {
            return i;
        }

        var c = source[i];
        if (c is '"' or '\'')
        {
            var close = source.IndexOf(c, i + 1);
            return close < 0 ? source.Length : close + 1;
        }

        while (i < source.Length && !IsTagSpace(source[i]) && source[i] != '>')
        {
            i++;
        }

        return i;
    }

    private static int SkipSpace(string source, int i)
    {
        while (i < source.Length && IsTagSpace(source[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>
    /// Past the end of a comment whose body starts at <paramref name="body"/>, as the HTML tokenizer ends it: at once for
    /// <c>&lt;!--&gt;</c> and <c>&lt;!---&gt;</c>, otherwise at the first <c>--&gt;</c> or <c>--!&gt;</c>.
    /// </summary>
    private static int SkipComment(string source, int body)
    {
        if (body < source.Length && source[body] == '>')
        {
            return body + 1;
        }

        if (body + 1 < source.Length && source[body] == '-' && source[body + 1] == '>')
        {
            return body + 2;
        }

        for (var i = body; ;)
        {
            var dashes = source.IndexOf("--", i, StringComparison.Ordinal);
            if (dashes < 0)
            {
                return source.Length;
            }

            var after = dashes + 2;
            if (after < source.Length && source[after] == '>')
            {
                return after + 1;
            }

            if (after + 1 < source.Length && source[after] == '!' && source[after + 1] == '>')
            {
                return after + 2;
            }

            i = dashes + 1;
        }
    }

    private static int SkipDeclaration(string source, int lt)
    {
        if (string.CompareOrdinal(source, lt, "<!--", 0, 4) == 0)
        {
            return SkipComment(source, lt + 4);
        }

        var gt = source.IndexOf('>', lt + 1);
        return gt < 0 ? source.Length : gt + 1;
    }
}
