using System.Buffers;
using Ingest.Text.Decoding;

namespace Ingest.Text.Structure;

/// <summary>
/// Groups lines into blocks: paragraphs separated by blank lines, and — when Markdown is read — ATX and setext
/// headings, list items, block quotes and fenced code. Each block's inline markup is then removed and the block is
/// handed to the <see cref="BlockAssembler"/> with its range in the decoded text.
/// </summary>
internal sealed class BlockParser : ILineSink, IDisposable
{
    private readonly BlockAssembler _assembler;
    private readonly InlineMarkup _inline = new();
    private readonly bool _markdown;
    private readonly int[] _listIndents = new int[8];
    private int _listDepth;
    private char[] _buffer = ArrayPool<char>.Shared.Rent(1024);
    private int _length;
    private BlockKind? _open;
    private int? _level;
    private long _start;
    private long _end;
    private int _lines;
    private char _fence;
    private int _fenceLength;

    public BlockParser(BlockAssembler assembler, bool markdown)
    {
        _assembler = assembler;
        _markdown = markdown;
    }

    public void AddLine(ReadOnlySpan<char> line, long sourceStart, long sourceEnd)
    {
        if (_open == BlockKind.Code)
        {
            if (IsFence(line, out var fence, out var length) && fence == _fence && length >= _fenceLength && line.Trim().Length == length)
            {
                _end = sourceEnd;
                Flush();
            }
            else
            {
                Append(line, sourceStart, sourceEnd, separator: '\n');
            }

            return;
        }

        var indent = Indent(line, out var content);
        content = content.TrimEnd();
        if (content.IsEmpty)
        {
            Flush();
            _listDepth = 0;
            return;
        }

        if (!_markdown)
        {
            Continue(BlockKind.Paragraph, null, content, sourceStart, sourceEnd);
            return;
        }

        if (indent < 4)
        {
            if (IsFence(content, out var fence, out var fenceLength))
            {
                Flush();
                Open(BlockKind.Code, null, sourceStart);
                _fence = fence;
                _fenceLength = fenceLength;
                _end = sourceEnd;
                return;
            }

            if (TryAtxHeading(content, out var level, out var headingText))
            {
                Flush();
                Open(BlockKind.Heading, level, sourceStart);
                Append(headingText, sourceStart, sourceEnd, ' ');
                Flush();
                return;
            }

            if (_open == BlockKind.Paragraph && IsSetextUnderline(content, out level))
            {
                _open = BlockKind.Heading;
                _level = level;
                _end = sourceEnd;
                Flush();
                return;
            }

            if (IsThematicBreak(content))
            {
                Flush();
                return;
            }

            if (content[0] == '>')
            {
                var depth = 0;
                var quoted = content;
                while (!quoted.IsEmpty && quoted[0] == '>')
                {
                    depth++;
                    quoted = quoted[1..].TrimStart(' ');
                }

                if (quoted.IsEmpty)
                {
                    // A bare ">" separates paragraphs inside a quotation.
                    Flush();
                    return;
                }

                if (_open != BlockKind.Quote)
                {
                    Flush();
                    Open(BlockKind.Quote, depth, sourceStart);
                }

                Append(quoted, sourceStart, sourceEnd, ' ');
                return;
            }
        }

        if (TryListItem(content, out var itemText))
        {
            Flush();
            Open(BlockKind.ListItem, ListLevel(indent), sourceStart);
            Append(itemText, sourceStart, sourceEnd, ' ');
            return;
        }

        Continue(BlockKind.Paragraph, null, content, sourceStart, sourceEnd);
    }

    public void Complete()
    {
        Flush();
        _assembler.Complete();
    }

    public void Dispose()
    {
        _inline.Dispose();
        var buffer = _buffer;
        _buffer = Array.Empty<char>();
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Continue(BlockKind kind, int? level, ReadOnlySpan<char> content, long sourceStart, long sourceEnd)
    {
        // A plain line continues an open paragraph, list item or quotation ("lazy" continuation).
        if (_open is null)
        {
            Open(kind, level, sourceStart);
        }

        Append(content, sourceStart, sourceEnd, '\n');
    }

    private void Open(BlockKind kind, int? level, long sourceStart)
    {
        _open = kind;
        _level = level;
        _start = sourceStart;
        _end = sourceStart;
        _length = 0;
        _lines = 0;
    }

    private void Append(ReadOnlySpan<char> content, long sourceStart, long sourceEnd, char separator)
    {
        var needed = _length + content.Length + 1;
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }

        if (_lines > 0)
        {
            _buffer[_length++] = separator;
        }

        content.CopyTo(_buffer.AsSpan(_length));
        _length += content.Length;
        _lines++;
        _end = Math.Max(_end, sourceEnd);
        _ = sourceStart;
    }

    private void Flush()
    {
        if (_open is not { } kind)
        {
            return;
        }

        _open = null;
        var raw = _buffer.AsSpan(0, _length);
        if (kind == BlockKind.Code)
        {
            _assembler.Add(kind, null, raw, ReadOnlySpan<TextLink>.Empty, _start, _end, _lines);
            return;
        }

        _inline.Process(raw, _markdown);
        _assembler.Add(kind, _level, _inline.Text, _inline.Links, _start, _end, _lines);
    }

    private int ListLevel(int indent)
    {
        // Nesting follows indentation: deeper than the current item opens a level, shallower closes levels.
        while (_listDepth > 0 && indent < _listIndents[_listDepth - 1])
        {
            _listDepth--;
        }

        if (_listDepth == 0 || indent > _listIndents[_listDepth - 1])
        {
            if (_listDepth < _listIndents.Length)
            {
                _listIndents[_listDepth++] = indent;
            }
        }

        return _listDepth;
    }

    private static int Indent(ReadOnlySpan<char> line, out ReadOnlySpan<char> content)
    {
        var columns = 0;
        var i = 0;
        for (; i < line.Length; i++)
        {
            if (line[i] == ' ')
            {
                columns++;
            }
            else if (line[i] == '\t')
            {
                columns += 4 - (columns % 4);
            }
            else
            {
                break;
            }
        }

        content = line[i..];
        return columns;
    }

    private static bool IsFence(ReadOnlySpan<char> line, out char fence, out int length)
    {
        var content = line.TrimStart(' ');
        fence = content.IsEmpty ? '\0' : content[0];
        length = 0;
        if (fence is not ('`' or '~'))
        {
            return false;
        }

        while (length < content.Length && content[length] == fence)
        {
            length++;
        }

        // An info string may follow an opening fence, but a backtick fence's info string has no backtick.
        return length >= 3 && (fence == '~' || content[length..].IndexOf('`') < 0);
    }

    private static bool TryAtxHeading(ReadOnlySpan<char> content, out int level, out ReadOnlySpan<char> text)
    {
        level = 0;
        text = default;
        while (level < content.Length && content[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (level < content.Length && content[level] is not (' ' or '\t')))
        {
            return false;
        }

        text = content[level..].Trim();
        // An optional closing sequence of '#' after a space is not part of the heading.
        var closing = text.TrimEnd('#');
        if (closing.Length < text.Length && (closing.IsEmpty || closing[^1] is ' ' or '\t'))
        {
            text = closing.TrimEnd();
        }

        return true;
    }

    private static bool IsSetextUnderline(ReadOnlySpan<char> content, out int level)
    {
        level = content[0] == '=' ? 1 : content[0] == '-' ? 2 : 0;
        return level > 0 && content.Length >= 2 && content.IndexOfAnyExcept(content[0]) < 0;
    }

    private static bool IsThematicBreak(ReadOnlySpan<char> content)
    {
        var marker = content[0];
        if (marker is not ('-' or '*' or '_'))
        {
            return false;
        }

        var count = 0;
        foreach (var c in content)
        {
            if (c == marker)
            {
                count++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    private static bool TryListItem(ReadOnlySpan<char> content, out ReadOnlySpan<char> text)
    {
        text = default;
        int markerLength;
        if (content[0] is '-' or '*' or '+' or '•')
        {
            markerLength = 1;
        }
        else
        {
            var digits = 0;
            while (digits < content.Length && digits < 4 && char.IsAsciiDigit(content[digits]))
            {
                digits++;
            }

            if (digits is 0 or > 3 || digits >= content.Length || content[digits] is not ('.' or ')'))
            {
                return false;
            }

            markerLength = digits + 1;
        }

        if (markerLength >= content.Length || content[markerLength] is not (' ' or '\t'))
        {
            return false;
        }

        text = content[(markerLength + 1)..].Trim();
        return !text.IsEmpty;
    }
}
