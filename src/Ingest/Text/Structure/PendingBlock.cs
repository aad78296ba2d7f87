using System.Buffers;

namespace Ingest.Text.Structure;

/// <summary>A finished block waiting in the assembler's window until its neighbours have decided its kind.</summary>
internal sealed class PendingBlock
{
    private char[] _text;

    public PendingBlock(BlockKind kind, int? level, ReadOnlySpan<char> text, ReadOnlySpan<TextLink> links, long sourceStart, long sourceEnd, int lineCount)
    {
        Kind = kind;
        Level = level;
        _text = ArrayPool<char>.Shared.Rent(Math.Max(16, text.Length));
        text.CopyTo(_text);
        Length = text.Length;
        if (!links.IsEmpty)
        {
            Links = new List<TextLink>(links.ToArray());
        }

        SourceStart = sourceStart;
        SourceEnd = sourceEnd;
        LineCount = lineCount;
    }

    public BlockKind Kind { get; set; }

    public int? Level { get; set; }

    public int Length { get; private set; }

    public ReadOnlySpan<char> Text => _text.AsSpan(0, Length);

    public List<TextLink>? Links { get; private set; }

    public long SourceStart { get; }

    public long SourceEnd { get; private set; }

    /// <summary>The number of source lines; 1 for a block that was one line and was never joined.</summary>
    public int LineCount { get; private set; }

    /// <summary>Whether the block is a byline, dateline or reading-time line of the document head.</summary>
    public bool IsHeadLine { get; set; }

    /// <summary>Whether the block is left out of the text.</summary>
    public bool Omitted { get; set; }

    /// <summary>Appends the continuation of a paragraph that a blank line broke.</summary>
    public void Join(PendingBlock next)
    {
        var text = Text;
        // A word hyphenated at the break ("inter-" / "national") is rejoined without a space.
        var hyphenated = text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLower(next.Text[0]);
        var separator = hyphenated ? 0 : 1;
        var needed = Length + separator + next.Length;
        if (needed > _text.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _text.Length * 2));
            Text.CopyTo(larger);
            ArrayPool<char>.Shared.Return(_text);
            _text = larger;
        }

        if (separator == 1)
        {
            _text[Length] = ' ';
        }

        var offset = Length + separator;
        next.Text.CopyTo(_text.AsSpan(offset));
        Length = needed;
        if (next.Links is not null)
        {
            Links ??= new List<TextLink>();
            foreach (var link in next.Links)
            {
                Links.Add(link with { Start = link.Start + offset });
            }
        }

        SourceEnd = next.SourceEnd;
        LineCount += next.LineCount;
        next.Release();
    }

    /// <summary>Returns the text buffer to the pool; the block is not used afterwards.</summary>
    public void Release()
    {
        var text = _text;
        _text = Array.Empty<char>();
        Length = 0;
        if (text.Length > 0)
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }
}
