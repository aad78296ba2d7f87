using Ingest.Text.Boilerplate;
using Ingest.Text.Head;

namespace Ingest.Text.Structure;

/// <summary>
/// Decides the final kind of each block with a small window of neighbours, then writes it to the
/// <see cref="DocumentBuilder"/>: repairs paragraphs broken mid-sentence, reads the document head (title, byline,
/// dateline, reading time) from the first blocks, infers plain-text headings, and marks boilerplate at the tail.
/// Only the window is held in memory, so a long document streams through.
/// </summary>
internal sealed class BlockAssembler
{
    private const int HeadWindow = 6;
    private const int TailWindow = 8;
    private const int MaxTitleWords = 30;
    private const int MaxTitleLength = 250;
    private const int MaxHeadingWords = 8;
    private const int MaxHeadingLength = 80;
    private const int MaxTailWords = 60;

    private readonly DocumentBuilder _builder;
    private readonly PlainTextReaderOptions _options;
    private readonly Uri _baseUri;
    private readonly List<PendingBlock> _pending = new();
    private bool _headDone;
    private bool _anyAdded;
    private int _bodyCommitted;
    private BlockKind? _lastKind;
    private bool _lastEndsSentence;

    public BlockAssembler(DocumentBuilder builder, PlainTextReaderOptions options)
    {
        _builder = builder;
        _options = options;
        _baseUri = builder.Source;
    }

    public void Add(BlockKind kind, int? level, ReadOnlySpan<char> text, ReadOnlySpan<TextLink> links, long sourceStart, long sourceEnd, int lineCount)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var block = new PendingBlock(kind, level, text, links, sourceStart, sourceEnd, lineCount);
        var isFirst = !_anyAdded;
        _anyAdded = true;
        if (!isFirst && _pending.Count > 0 && ShouldJoin(_pending[^1], block))
        {
            _pending[^1].Join(block);
            return;
        }

        _pending.Add(block);
        if (!_headDone && _pending.Count >= HeadWindow)
        {
            ReadHead();
        }

        while (_headDone && _pending.Count > TailWindow)
        {
            Commit();
        }
    }

    public void Complete()
    {
        if (!_headDone)
        {
            ReadHead();
        }

        if (_options.DetectBoilerplate)
        {
            MarkTail();
        }

        while (_pending.Count > 0)
        {
            Commit();
        }
    }

    /// <summary>
    /// A blank line broke a paragraph when the first part does not end its sentence and the second continues it:
    /// it starts in lower case, or the first part ends with a comma, semicolon or dash, or (in a longer first part)
    /// with a word after which no sentence ends (article, preposition, conjunction, auxiliary).
    /// </summary>
    private bool ShouldJoin(PendingBlock previous, PendingBlock next)
    {
        if (!_options.RepairBrokenParagraphs || previous.Kind != BlockKind.Paragraph || next.Kind != BlockKind.Paragraph)
        {
            return false;
        }

        // The first block may be the title; head lines are never glued to anything.
        if (_options.DetectHead && !_headDone
            && (ReferenceEquals(previous, _pending[0]) && _bodyCommitted == 0 || IsHeadLine(previous.Text) || IsHeadLine(next.Text)))
        {
            return false;
        }

        var before = previous.Text;
        if (TextShape.EndsSentence(before))
        {
            return false;
        }

        var first = TextShape.FirstSignificant(next.Text);
        if (first == '\0')
        {
            return false;
        }

        return char.IsLower(first)
            || TextShape.EndsWithContinuationMark(before)
            || (TextShape.EndsWithContinuationWord(before) && TextShape.WordCount(before, 6) >= 6);
    }

    private static bool IsHeadLine(ReadOnlySpan<char> text)
        => ReadingTimeParser.Parse(text) > 0 || DatelineParser.TryParse(text, out _) || BylineParser.TryParse(text, allowBare: false, new List<string>());

    private void ReadHead()
    {
        _headDone = true;
        if (!_options.DetectHead || _pending.Count == 0)
        {
            return;
        }

        var metadata = _builder.Metadata;
        var i = 0;
        var first = _pending[0];
        var hasTitle = false;
        if (first.Kind == BlockKind.Heading || (first.Kind == BlockKind.Paragraph && _pending.Count > 1 && LooksLikeTitle(first)))
        {
            first.Kind = BlockKind.Title;
            first.Level = null;
            metadata.Title ??= first.Text.ToString();
            hasTitle = true;
            i = 1;
        }

        var authors = new List<string>();
        for (; i < _pending.Count && i < HeadWindow; i++)
        {
            var block = _pending[i];
            if (block.Kind != BlockKind.Paragraph)
            {
                break;
            }

            var text = block.Text;
            var minutes = ReadingTimeParser.Parse(text);
            if (minutes > 0)
            {
                metadata.Extra["readingTime"] = $"PT{minutes}M";
            }
            else if (DatelineParser.TryParse(text, out var date))
            {
                metadata.Published ??= date;
            }
            else if (metadata.Authors.Count == 0 && BylineParser.TryParse(text, allowBare: hasTitle && i <= 2, authors))
            {
                foreach (var author in authors)
                {
                    metadata.Authors.Add(author);
                }
            }
            else if (!TryCombinedHeadLine(text, hasTitle && i <= 2))
            {
                break;
            }

            block.IsHeadLine = true;
            block.Kind = BlockKind.Boilerplate;
            block.Omitted = !_options.KeepHeadLinesInText;
        }
    }

    /// <summary>A byline and a dateline on one line: "Alex Lantier | 12 November 2020", "By A — Nov 12, 2020".</summary>
    private bool TryCombinedHeadLine(ReadOnlySpan<char> text, bool allowBare)
    {
        var separator = text.IndexOfAny("|·•—–");
        if (separator <= 0 || separator >= text.Length - 1)
        {
            return false;
        }

        var left = text[..separator].Trim();
        var right = text[(separator + 1)..].Trim();
        var authors = new List<string>();
        DateOnly date;
        if ((BylineParser.TryParse(left, allowBare, authors) && DatelineParser.TryParse(right, out date))
            || (DatelineParser.TryParse(left, out date) && BylineParser.TryParse(right, allowBare, authors)))
        {
            var metadata = _builder.Metadata;
            metadata.Published ??= date;
            if (metadata.Authors.Count == 0)
            {
                foreach (var author in authors)
                {
                    metadata.Authors.Add(author);
                }
            }

            return true;
        }

        return false;
    }

    private static bool LooksLikeTitle(PendingBlock block)
    {
        var text = block.Text;
        if (block.LineCount != 1 || text.Length > MaxTitleLength || TextShape.WordCount(text, MaxTitleWords) > MaxTitleWords)
        {
            return false;
        }

        var trimmed = text.TrimEnd(" \"'”’»)");
        return !trimmed.IsEmpty && trimmed[^1] is not ('.' or ',' or ';' or ':') && HasLetter(text) && !IsHeadLine(text);
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Marks the tail from the first call to action or footer line on, when everything after it is short:
    /// "To contact … visit:" and its link, "Join us" and its form sentence, "Original article".
    /// </summary>
    private void MarkTail()
    {
        var bodyBefore = _bodyCommitted;
        for (var c = 0; c < _pending.Count; c++)
        {
            var block = _pending[c];
            if (block.Kind is BlockKind.Title or BlockKind.Boilerplate or BlockKind.Code)
            {
                continue;
            }

            if (bodyBefore > 0
                && TextShape.WordCount(block.Text, BoilerplateCues.MaxCueWords) <= BoilerplateCues.MaxCueWords
                && BoilerplateCues.IsTailCue(block.Text)
                && RestIsShort(c + 1))
            {
                for (var j = c; j < _pending.Count; j++)
                {
                    if (_pending[j].Kind != BlockKind.Title)
                    {
                        _pending[j].Kind = BlockKind.Boilerplate;
                        _pending[j].Level = null;
                    }
                }

                return;
            }

            bodyBefore++;
        }
    }

    private bool RestIsShort(int from)
    {
        for (var j = from; j < _pending.Count; j++)
        {
            if (TextShape.WordCount(_pending[j].Text, MaxTailWords) > MaxTailWords)
            {
                return false;
            }
        }

        return true;
    }

    private void Commit()
    {
        var block = _pending[0];
        _pending.RemoveAt(0);
        var next = _pending.Count > 0 ? _pending[0] : null;
        var kind = block.Kind;
        var level = block.Level;
        if (kind == BlockKind.Paragraph)
        {
            if (_options.DetectBoilerplate && BoilerplateCues.IsEmbedResidue(block.Text))
            {
                kind = BlockKind.Boilerplate;
            }
            else if (_options.DetectHeadings && IsPlainHeading(block, next))
            {
                kind = BlockKind.Heading;
                level = 2;
            }
        }

        if (!block.Omitted)
        {
            Write(block, kind, level);
        }

        if (kind is not (BlockKind.Title or BlockKind.Boilerplate))
        {
            _bodyCommitted++;
        }

        _lastKind = block.IsHeadLine ? BlockKind.Title : kind;
        _lastEndsSentence = TextShape.EndsSentence(block.Text);
        block.Release();
    }

    /// <summary>
    /// A short single line without final punctuation, after a finished sentence (or the head) and before a longer
    /// paragraph that starts a new sentence, is a heading: "Genesis of the conflict", "A new round".
    /// </summary>
    private bool IsPlainHeading(PendingBlock block, PendingBlock? next)
    {
        var text = block.Text;
        if (next is null || block.LineCount != 1 || text.Length > MaxHeadingLength || TextShape.EndsWithPunctuation(text))
        {
            return false;
        }

        var words = TextShape.WordCount(text, MaxHeadingWords);
        if (words > MaxHeadingWords || !char.IsUpper(TextShape.FirstSignificant(text)))
        {
            return false;
        }

        var previousOk = _lastKind is BlockKind.Title || (_lastKind is not null and not BlockKind.Heading && _lastEndsSentence);
        if (!previousOk || next.Kind is not (BlockKind.Paragraph or BlockKind.ListItem or BlockKind.Quote))
        {
            return false;
        }

        var nextFirst = TextShape.FirstSignificant(next.Text);
        return (char.IsUpper(nextFirst) || char.IsDigit(nextFirst)) && TextShape.WordCount(next.Text, 2 * words) > words;
    }

    private void Write(PendingBlock block, BlockKind kind, int? level)
    {
        var links = block.Links is null ? Span<TextLink>.Empty : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(block.Links);
        var normalized = Nfc.Normalize(block.Text, links);
        var text = normalized is null ? block.Text : normalized.AsSpan();
        var range = new SourceRange(ClampOffset(block.SourceStart), ClampOffset(block.SourceEnd) - ClampOffset(block.SourceStart));
        var added = _builder.AddBlock(kind, text, level, range);
        if (added is null)
        {
            return;
        }

        if (kind == BlockKind.Title)
        {
            _builder.Metadata.Title = text.ToString();
        }

        foreach (var link in links)
        {
            _builder.AddEntity(new LinkEntity(added.Start + link.Start, link.Length, text.Slice(link.Start, link.Length).ToString(), Resolve(link.Target)));
        }
    }

    private string Resolve(string target)
    {
        // Relative targets resolve against a web source; against a file they stay as written.
        if (_baseUri.IsAbsoluteUri && (_baseUri.Scheme == Uri.UriSchemeHttp || _baseUri.Scheme == Uri.UriSchemeHttps)
            && !Uri.TryCreate(target, UriKind.Absolute, out _)
            && Uri.TryCreate(_baseUri, target, out var resolved))
        {
            return resolved.ToString();
        }

        return target;
    }

    private static int ClampOffset(long offset) => offset > int.MaxValue ? int.MaxValue : (int)offset;
}
