using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ingest.Normalizers.Dates;

/// <summary>
/// Recognises date expressions over the classified tokens of one line at a time, with hand-written rules that
/// compare token classes and values (no regular expressions, no per-token allocation), then resolves year-less and
/// relative values against the reference date.
/// </summary>
internal sealed partial class DateParser
{
    private const int MaxChunk = 1 << 16;

    // The matches list and the TIMEX3 builder of one document, kept for the next so that they are not regrown for each
    // (a list past this capacity, from a line of unusually many dates, is left to the collector).
    private const int MaxSpareMatches = 1 << 10;
    private static readonly SpareInstances<List<DateMatch>> SpareMatches = new();
    private static readonly SpareInstances<StringBuilder> SpareBuilders = new();

    private readonly DateVocabulary _vocabulary;
    private readonly DateNormalizerOptions _options;
    private readonly DateOnly? _ref;
    private readonly DateInferenceSource _refSource;
    // Taken from the spares when a parse starts and given back when it ends (a parser parses once).
    private List<DateMatch> _matches = [];
    private StringBuilder _timex = new(0);

    // The other readings of the current line's specs (DateSpec.Alternative is an index into it, plus one).
    private readonly List<string> _alternatives = new();
    private DateToken[] _tokens = Array.Empty<DateToken>();

    // The indexes of the current line's tokens that are not plain (TokenRoles.Plain), in order: where rules may start.
    private int[] _starts = Array.Empty<int>();
    private int _tokenCount;

    // The last token of the line that can name a duration's unit (see UnitAt), or -1: no duration starts after it.
    private int _lastUnit;
    private DateOnly? _lastDay;
    private string _source = string.Empty;

    public DateParser(DateVocabulary vocabulary, DateNormalizerOptions options, DateOnly? referenceDate, DateInferenceSource referenceSource)
    {
        _vocabulary = vocabulary;
        _options = options;
        _ref = referenceDate;
        _refSource = referenceDate is null ? DateInferenceSource.None : referenceSource;
    }

    public void Parse(ReadOnlySpan<char> text, string source, IList<Entity> output, CancellationToken cancellationToken)
    {
        _source = source;
        _matches = SpareMatches.Take() ?? new List<DateMatch>();
        _timex = SpareBuilders.Take() ?? new StringBuilder(32);
        _tokens = ArrayPool<DateToken>.Shared.Rent(512);
        _starts = ArrayPool<int>.Shared.Rent(512);
        try
        {
            var pos = 0;
            while (pos < text.Length)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rest = text[pos..];
                var newline = rest.IndexOf('\n');
                var length = newline < 0 ? rest.Length : newline;
                var skip = newline < 0 ? 0 : 1;
                if (length > MaxChunk)
                {
                    var cut = rest[..MaxChunk].LastIndexOf(' ');
                    length = cut > MaxChunk / 2 ? cut : MaxChunk;
                    skip = 0;
                }

                if (length > 0)
                {
                    ParseChunk(rest[..length], pos, output);
                }

                pos += length + skip;
            }
        }
        finally
        {
            ArrayPool<DateToken>.Shared.Return(_tokens);
            _tokens = Array.Empty<DateToken>();
            ArrayPool<int>.Shared.Return(_starts);
            _starts = Array.Empty<int>();
            GiveBackScratch();
        }
    }

    private void GiveBackScratch()
    {
        _matches.Clear();
        if (_matches.Capacity <= MaxSpareMatches)
        {
            SpareMatches.GiveBack(_matches);
        }

        if (_timex.Capacity <= MaxSpareMatches)
        {
            SpareBuilders.GiveBack(_timex.Clear());
        }
    }

    private void ParseChunk(ReadOnlySpan<char> chunk, int offset, IList<Entity> output)
    {
        _tokenCount = DateTokenizer.Tokenize(chunk, offset, _vocabulary, ref _tokens, ref _starts, out var startCount, out _lastUnit);
        _matches.Clear();
        _alternatives.Clear();
        var match = default(DateMatch);

        // The tokens that are not plain, in order; a match moves the next start past its end.
        var next = 0;
        for (var s = 0; s < startCount; s++)
        {
            var i = _starts[s];
            if (i < next || CannotStart(i))
            {
                continue;
            }

            if (TryAt(i, ref match))
            {
                if (!IsPieceOfQuantity(match))
                {
                    _matches.Add(match);
                }

                next = match.End;
            }
        }

        if (_matches.Count == 0)
        {
            return;
        }

        ResolveAndEmit(output);
    }

    /// <summary>
    /// Whether the digits a match ends with belong to a measured amount, which is the number normalizer's: a unit of
    /// measure follows (<c>3.2 to 4.6 GHz</c>, <c>2-2.5 kg</c>) or the digits are the whole part of a decimal
    /// (<c>8</c> of <c>8.4 g</c>, <c>4</c> of <c>4½ hours</c>), or they are the near end of a range of amounts (<c>2.5-3%</c>).
    /// A unit of time may follow a date ("3 days after ..." is read whole), so it does not count.
    /// </summary>
    private bool IsPieceOfQuantity(in DateMatch match)
    {
        ref readonly var last = ref _tokens[match.End - 1];
        if (last.Kind != TokenKind.Number)
        {
            return false;
        }

        var end = last.Start + last.Length;
        if (end + 1 < _source.Length && _source[end] == '.' && char.IsAsciiDigit(_source[end + 1]) && char.IsAsciiDigit(_source[end - 1]))
        {
            return true;
        }

        // 4½ hours: digits glued to a vulgar fraction are the whole part of a mixed number.
        if (end < _source.Length && _source[end] is (>= '\u00BC' and <= '\u00BE') or (>= '\u2150' and <= '\u215E'))
        {
            return true;
        }

        var next = end;
        while (next < _source.Length && _source[next] == ' ')
        {
            next++;
        }

        return IsMeasureAt(next, next == end) || IsPercentAt(next) || IsNearEndOfMeasuredRange(next);
    }

    /// <summary>Whether a percent sign or word is written at <paramref name="at"/>.</summary>
    private bool IsPercentAt(int at)
        => (at < _source.Length && _source[at] == '%')
            || _source.AsSpan(at).StartsWith("percent", StringComparison.OrdinalIgnoreCase)
            || _source.AsSpan(at).StartsWith("per cent", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a unit of measure other than time is written at <paramref name="at"/>.</summary>
    private bool IsMeasureAt(int at, bool glued)
        => Numbers.Units.UnitParser.TryRead(_source, at, _source.Length, glued, out var reading) && reading.Unit.Dimension != Numbers.Units.UnitDimension.Time;

    /// <summary>
    /// Whether a dash or tilde at <paramref name="at"/> joins the digits before it to a far end that carries a percent
    /// sign or a unit (<c>2.5-3%</c>, <c>4.5-6 kg</c>): the digits are the near end of a range of amounts, not a date.
    /// </summary>
    private bool IsNearEndOfMeasuredRange(int at)
    {
        if (at >= _source.Length || _source[at] is not ('-' or '–' or '~'))
        {
            return false;
        }

        var q = at + 1;
        while (q < _source.Length && _source[q] == ' ')
        {
            q++;
        }

        var digitsStart = q;
        while (q < _source.Length && (char.IsAsciiDigit(_source[q]) || (_source[q] is '.' or ',' && q + 1 < _source.Length && char.IsAsciiDigit(_source[q + 1]) && q > digitsStart)))
        {
            q++;
        }

        if (q == digitsStart)
        {
            return false;
        }

        var digitsEnd = q;
        while (q < _source.Length && _source[q] == ' ')
        {
            q++;
        }

        return IsPercentAt(q) || IsMeasureAt(q, q == digitsEnd);
    }

    /// <summary>
    /// Whether no rule can start at token <paramref name="i"/>: plain words, punctuation, grouped numbers, and
    /// function words with nothing date-like close after them. Most tokens are rejected here without running a rule.
    /// </summary>
    private bool CannotStart(int i)
    {
        ref readonly var token = ref _tokens[i];
        return token.Kind switch
        {
            // An apostrophe starts only "'90s": two digits are glued to it.
            TokenKind.Symbol => token.Symbol != '\'' || !(IsNumber(i + 1) && IsJoinedToPrevious(i + 1)),
            TokenKind.Number => token.Has(TokenFlags.Grouped),
            _ => token.Class switch
            {
                WordClass.None => !(token.Length == 5 && RightOrTwice(i)) && !token.Has(TokenFlags.HolidayStart),
                WordClass.PastCue or WordClass.FutureCue => true,
                WordClass.PartOfDay => !PartOfDayBefore(i, out _, out _),
                // A keyword no rule reads first is plain (DateTokenizer.WordRoles) and never reaches this test.
                WordClass.Keyword => token.Value is not (int)DateKeyword.Now and not (int)DateKeyword.Currently && !DateBearingAhead(i),
                WordClass.Cardinal => !IsKeyword(i - 1, DateKeyword.At) && !DateBearingAhead(i),
                WordClass.Relative or WordClass.Ordinal => !DateBearingAhead(i),
                _ => false,
            },
        };
    }

    /// <summary>
    /// Whether any rule reads <paramref name="keyword"/> as its first token: a point rule (<see cref="KeywordPointRules"/>,
    /// "the" and "my" included), or a rule outside the point rules: a range's "from", "between" or "rest of", or a
    /// duration's lead ("more than", "within", "a few", "all", "another"). "of", "and", "to", "for", "over" and the like
    /// start none, yet often stand a few tokens before a date, where every rule would otherwise be tried at them.
    /// </summary>
    internal static bool KeywordStartsAny(DateKeyword keyword) => KeywordPointRules(keyword) != PointRules.None
        || keyword is DateKeyword.From or DateKeyword.Between or DateKeyword.Rest
            or DateKeyword.More or DateKeyword.Less or DateKeyword.Within or DateKeyword.Couple or DateKeyword.Few or DateKeyword.Several
            or DateKeyword.Some or DateKeyword.Another or DateKeyword.All or DateKeyword.Full or DateKeyword.Whole;

    /// <summary>Whether the five-letter word at <paramref name="i"/> is "right" or "twice"; the first letter rules out most.</summary>
    private bool RightOrTwice(int i) => (_source[_tokens[i].Start] | 0x20) switch
    {
        'r' => TextIs(i, "right"),
        't' => TextIs(i, "twice"),
        _ => false,
    };

    /// <summary>
    /// Whether a function word at <paramref name="i"/> is followed closely (within four tokens) by a word or number that
    /// can carry a date, with no symbol that closes the look between; most "the", "a" and "of" tokens are rejected here
    /// without running any rule.
    /// </summary>
    private bool DateBearingAhead(int i)
    {
        var last = Math.Min(i + 4, _tokenCount - 1);
        for (var k = i + 1; k <= last; k++)
        {
            var roles = _tokens[k].Roles;
            if ((roles & TokenRoles.BearsDate) != 0)
            {
                return true;
            }

            if ((roles & TokenRoles.ClosesLook) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a range connector (to, until, through, and, a dash) follows within thirteen tokens, before a sentence end;
    /// ranges are tried only then.
    /// </summary>
    private bool ConnectorAhead(int i)
    {
        var last = Math.Min(i + 13, _tokenCount - 1);
        for (var k = i + 1; k <= last; k++)
        {
            var roles = _tokens[k].Roles;
            if ((roles & TokenRoles.Connector) != 0)
            {
                return true;
            }

            if ((roles & TokenRoles.Terminal) != 0 && (k + 1 >= _tokenCount || _tokens[k + 1].Has(TokenFlags.SpaceBefore)) && !AbbreviationDot(k))
            {
                return false;
            }
        }

        return false;
    }

    private bool AbbreviationDot(int k) => IsSymbol(k, '.') && IsJoinedToPrevious(k) && k > 0 && _tokens[k - 1].Kind == TokenKind.Word
        && ((_tokens[k - 1].Class is WordClass.Month or WordClass.Weekday && _tokens[k - 1].Length <= 4) || _tokens[k - 1].Length == 1);

    /// <summary>
    /// The longest match at token <paramref name="i"/>, written into <paramref name="match"/> (left as it was when there
    /// is none): every rule is tried; a range or time range wins a tie with a point, a point or range one with a duration.
    /// </summary>
    private bool TryAt(int i, ref DateMatch match)
    {
        var best = -1;
        var isPoint = TryPoint(i, false, out var end, out var spec);
        var connector = ConnectorAhead(i);
        if (connector || IsKeyword(i, DateKeyword.Rest))
        {
            best = TryRanges(i, connector, ref match);
        }

        if (isPoint && end > best)
        {
            SetPoint(ref match, i, end, spec);
            best = end;
        }

        // A duration names its unit at or after its first token (UnitAt).
        if (_options.IncludeDurations && i <= _lastUnit && TryDuration(i, out end, out spec) && end > best)
        {
            SetPoint(ref match, i, end, spec);
            best = end;
        }

        return best > i;
    }

    private static void SetPoint(ref DateMatch match, int first, int end, in DateSpec spec)
    {
        match.First = first;
        match.End = end;
        match.Start = spec;
        match.Finish = default;
        match.IsRange = false;
    }

    /// <summary>
    /// The end of the longer of a date range and a time range at <paramref name="i"/> (the time range on a tie), which is
    /// written into <paramref name="match"/>; -1 for neither. Apart from <see cref="TryAt"/> so that its two large
    /// locals are cleared only at the few tokens a connector follows.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int TryRanges(int i, bool connector, ref DateMatch match)
    {
        var best = -1;
        if (TryRange(i, out var range))
        {
            match = range;
            best = range.End;
        }

        if (connector && TryTimeRange(i, out var times) && times.End >= best)
        {
            match = times;
            best = times.End;
        }

        return best;
    }

    // ---- token tests -------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsWord(int i, WordClass c) => i < _tokenCount && i >= 0 && _tokens[i].Kind == TokenKind.Word && _tokens[i].Class == c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsKeyword(int i, DateKeyword k) => i < _tokenCount && i >= 0 && _tokens[i].Kind == TokenKind.Word && _tokens[i].Class == WordClass.Keyword && _tokens[i].Value == (int)k;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsSymbol(int i, char c) => i < _tokenCount && i >= 0 && _tokens[i].Kind == TokenKind.Symbol && _tokens[i].Symbol == c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsDash(int i) => i < _tokenCount && i >= 0 && _tokens[i].Kind == TokenKind.Symbol && _tokens[i].Symbol is '-' or '–' or '—';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsNumber(int i) => i < _tokenCount && i >= 0 && _tokens[i].Kind == TokenKind.Number && !_tokens[i].Has(TokenFlags.Grouped);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsJoinedToPrevious(int i) => i < _tokenCount && !_tokens[i].Has(TokenFlags.SpaceBefore);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Upper(int i) => i < _tokenCount && i >= 0 && _tokens[i].Has(TokenFlags.Upper);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPlainWord(int i) => i < _tokenCount && i >= 0 && _tokens[i].Kind == TokenKind.Word && _tokens[i].Class == WordClass.None;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Text(int i) => _source.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool TextIs(int i, string s) => i < _tokenCount && i >= 0 && Text(i).Equals(s, StringComparison.OrdinalIgnoreCase);

    private bool IsPlural(int i) => Text(i)[^1] is 's' or 'S' && _tokens[i].Length > 3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SkipThe(int i) => IsKeyword(i, DateKeyword.The) || IsKeyword(i, DateKeyword.My) ? i + 1 : i;

    /// <summary>True when token i ends a phrase: end of line, punctuation, or a function word.</summary>
    private bool Boundary(int i)
    {
        if (i >= _tokenCount)
        {
            return true;
        }

        ref readonly var t = ref _tokens[i];
        if (t.Kind == TokenKind.Symbol)
        {
            return t.Symbol is not '%' and not '-' and not '–' and not '/';
        }

        return t.Kind == TokenKind.Word && t.Class is not WordClass.None and not WordClass.Unit and not WordClass.Month;
    }

    /// <summary>The tense around token i: +1 future, -1 past, 0 unknown, from the nearest cue earlier in the sentence.</summary>
    private int TenseAt(int i)
    {
        // A modal or future cue anywhere earlier in the sentence wins ("must withdraw, which it took over in 1993, by
        // November 20"); otherwise the nearest past-tense cue.
        var tense = 0;
        for (var k = i - 1; k >= 0 && k >= i - 40; k--)
        {
            ref readonly var t = ref _tokens[k];
            if (t.Kind == TokenKind.Word)
            {
                if (t.Class == WordClass.FutureCue)
                {
                    return 1;
                }

                if (tense == 0 && (t.Class == WordClass.PastCue || t.Has(TokenFlags.PastLike)))
                {
                    tense = -1;
                }
            }

            if (t.Has(TokenFlags.SentenceStart))
            {
                break;
            }
        }

        return tense;
    }

    /// <summary>Keeps <paramref name="alternative"/> for the current line; the number a spec stores for it, 0 for none.</summary>
    private int KeepAlternative(string? alternative)
    {
        if (alternative is null)
        {
            return 0;
        }

        _alternatives.Add(alternative);
        return _alternatives.Count;
    }

    /// <summary>The other reading <paramref name="spec"/> carries, or <see langword="null"/>.</summary>
    private string? AlternativeOf(in DateSpec spec) => spec.Alternative == 0 ? null : _alternatives[spec.Alternative - 1];

    private static DateInferredParts Relative => DateInferredParts.Year | DateInferredParts.Month | DateInferredParts.Day;

    private static string FormatDay(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
