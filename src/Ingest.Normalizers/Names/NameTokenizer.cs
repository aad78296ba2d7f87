using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Ingest.Normalizers.Names;

/// <summary>
/// Splits a document's text into word tokens over spans, folding each into one shared key buffer so that the key of
/// any run of joined tokens is one contiguous slice of it. Buffers are pooled; dispose to return them.
/// </summary>
internal sealed class NameTokenizer : IDisposable
{
    /// <summary>The largest lower-case word set kept for a later document.</summary>
    private const int MaxCachedWords = 1 << 16;

    // Sets reused across documents: growing a fresh set for every document was a large part of the tokenizer's time.
    private static readonly SpareInstances<KeyHashSet> SpareWordSets = new();

    private readonly string _text;
    private KeyHashSet _lowerCaseWords;
    private NameToken[] _tokens;
    private TokenLookup[]? _lookups;
    private char[] _keys;
    private int _keyLength;

    private NameTokenizer(string text, int capacity, int keyCapacity)
    {
        _text = text;
        _tokens = ArrayPool<NameToken>.Shared.Rent(Math.Max(16, capacity));
        _keys = ArrayPool<char>.Shared.Rent(Math.Max(64, keyCapacity));
        _lowerCaseWords = SpareWordSets.Take() ?? new KeyHashSet();
    }

    /// <summary>The tokens.</summary>
    public ReadOnlySpan<NameToken> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Hashes of the folded keys of words seen in lower case, to tell ordinary words from names.</summary>
    public KeyHashSet LowerCaseWords => _lowerCaseWords;

    /// <summary>The folded key of tokens <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public ReadOnlySpan<char> Key(int first, int last)
    {
        ref readonly var a = ref _tokens[first];
        ref readonly var b = ref _tokens[last];
        return _keys.AsSpan(a.KeyStart, b.KeyStart + b.KeyLength - a.KeyStart);
    }

    /// <summary>The text of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Text(int index) => _text.AsSpan(_tokens[index].Start, _tokens[index].Length);

    /// <summary>The text between token <paramref name="index"/> and the next token (or the end of the text).</summary>
    public ReadOnlySpan<char> GapAfter(int index)
    {
        var end = index + 1 < Count ? _tokens[index + 1].Start : _text.Length;
        return _text.AsSpan(_tokens[index].End, end - _tokens[index].End);
    }

    /// <summary>The character right after token <paramref name="index"/>, or a null character at the end of the text.</summary>
    public char CharAfter(int index) => _tokens[index].End < _text.Length ? _text[_tokens[index].End] : '\0';

    /// <summary>The folded key of token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Key(int index) => _keys.AsSpan(_tokens[index].KeyStart, _tokens[index].KeyLength);

    /// <summary>The hash of the folded key of token <paramref name="index"/>, <see cref="NameKeyHash"/>, the one <see cref="PhraseTable{TValue}"/> uses.</summary>
    public long KeyHash(int index) => _tokens[index].KeyHash;

    /// <summary>
    /// The gazetteer's answers about token <paramref name="index"/>, empty until first asked; one gazetteer (the
    /// normalizer's) asks about one tokenized document.
    /// </summary>
    public ref TokenLookup Lookup(int index)
    {
        // Rented on the first question and cleared when given back, so a rented array starts empty.
        _lookups ??= ArrayPool<TokenLookup>.Shared.Rent(Math.Max(16, Count));
        return ref _lookups[index];
    }

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    /// <param name="text">The document text.</param>
    public static NameTokenizer Tokenize(string text)
    {
        // Folded keys with their separating spaces are about as long as the text (spaces and marks dropped make up for
        // the few letters folding doubles); the buffer grows in the rare text where they are longer. Twice the text,
        // as it was, rented 64 MB of keys for a 10 MB document.
        var tokenizer = new NameTokenizer(text, (text.Length / 5) + 16, text.Length + 64);
        tokenizer.Run(text);
        return tokenizer;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<NameToken>.Shared.Return(_tokens);
        ArrayPool<char>.Shared.Return(_keys);
        if (_lookups is not null)
        {
            _lookups.AsSpan(0, Math.Min(Count, _lookups.Length)).Clear();
            ArrayPool<TokenLookup>.Shared.Return(_lookups);
            _lookups = null;
        }

        _tokens = Array.Empty<NameToken>();
        _keys = Array.Empty<char>();
        if (_lowerCaseWords.Count <= MaxCachedWords)
        {
            _lowerCaseWords.Clear();
            SpareWordSets.GiveBack(_lowerCaseWords);
        }
    }

    private void Run(ReadOnlySpan<char> text)
    {
        var gapStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int end;
            bool isAsciiWord;
            if (char.IsAsciiLetterOrDigit(c))
            {
                // Most words are ASCII letters and digits ended by a space or a mark: scanned once here, and only a
                // word ended by a letter outside ASCII, an apostrophe or the period of an initial is scanned again.
                end = AsciiRunEnd(text, i + 1);
                if (end < text.Length && NeedsFullScan(text, i, end))
                {
                    end = WordEnd(text, i, out isAsciiWord);
                }
                else
                {
                    isAsciiWord = true;
                }
            }
            else if (c < 128 && c is not ('@' or '#'))
            {
                i++;
                continue;
            }
            else if (IsHandleStart(text, i))
            {
                end = i + 1;
                while (end < text.Length && (IsWordChar(text[end]) || text[end] == '_'))
                {
                    end++;
                }

                Add(text, gapStart, i, end - i, NameTokenFlags.Handle, isAsciiWord: false);
                gapStart = i = end;
                continue;
            }
            else if (IsWordChar(c))
            {
                end = WordEnd(text, i, out isAsciiWord);
            }
            else
            {
                i++;
                continue;
            }

            i = AddWord(text, gapStart, i, end, NameTokenFlags.None, isAsciiWord);
            gapStart = i;
        }
    }

    /// <summary>Adds the word <paramref name="start"/>..<paramref name="end"/> and returns where the scan goes on (after a possessive).</summary>
    private int AddWord(ReadOnlySpan<char> text, int gapStart, int start, int end, NameTokenFlags flags, bool isAsciiWord)
    {
        var length = end - start;
        var i = end;
        if (i >= text.Length)
        {
            Add(text, gapStart, start, length, flags, isAsciiWord);
            return i;
        }

        var after = text[i];
        if (after == '.' && IsDottedAbbreviation(text.Slice(start, length)))
        {
            flags |= NameTokenFlags.DotAfter;
        }

        if (i + 1 < text.Length && IsApostrophe(after) && (text[i + 1] == 's' || text[i + 1] == 'S'))
        {
            flags |= NameTokenFlags.Possessive;
            Add(text, gapStart, start, length, flags, isAsciiWord);
            return i + 2;
        }

        if (i + 1 < text.Length && IsApostrophe(after) && length >= 3 && text[i - 1] is 's' && char.IsUpper(text[start])
            && text[i + 1] == ' ')
        {
            // A plural possessive (Farmers' Union, the Workers' Party): the apostrophe closes the word, not a quotation.
            flags |= NameTokenFlags.Possessive;
            Add(text, gapStart, start, length, flags, isAsciiWord);
            return i + 1;
        }

        Add(text, gapStart, start, length, flags, isAsciiWord);
        return i;
    }

    /// <summary>The end of the run of ASCII letters and digits from <paramref name="i"/>.</summary>
    private static int AsciiRunEnd(ReadOnlySpan<char> text, int i)
    {
        // Measured a vector at a time: a letter-by-letter loop mispredicts its exit at the end of nearly every word. Not
        // through SearchValues: its searcher is not precompiled, and a short host run would call it unoptimised.
        return i + AsciiLetterRun.LengthWithDigits(text[i..]);
    }

    /// <summary>
    /// Whether the ASCII run <paramref name="start"/>..<paramref name="end"/> may go on as one word past the character at
    /// <paramref name="end"/>: a letter outside ASCII, an apostrophe, or the period after one letter (U.S.).
    /// </summary>
    private static bool NeedsFullScan(ReadOnlySpan<char> text, int start, int end)
    {
        var ch = text[end];
        return ch >= 128 || ch == '\'' || (ch == '.' && end - start == 1);
    }

    /// <summary>Whether an at sign or a number sign at <paramref name="i"/> starts a handle or a hashtag.</summary>
    private static bool IsHandleStart(ReadOnlySpan<char> text, int i)
        => (text[i] == '@' || text[i] == '#') && i + 1 < text.Length && IsWordChar(text[i + 1])
        && (i == 0 || !IsWordChar(text[i - 1]));

    /// <summary>
    /// The end of the word starting at <paramref name="i"/>, over letters, marks, inner apostrophes and the periods of an
    /// initialism (U.S.), but not a possessive 's.
    /// </summary>
    private static int WordEnd(ReadOnlySpan<char> text, int i, out bool isAsciiWord)
    {
        var segmentStart = i;
        isAsciiWord = true;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsAsciiLetterOrDigit(ch))
            {
                i++;
                continue;
            }

            if (IsWordChar(ch))
            {
                isAsciiWord = false;
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (IsApostrophe(ch) && char.IsLetter(next))
            {
                var afterS = i + 2 < text.Length ? text[i + 2] : '\0';
                if ((next == 's' || next == 'S') && !IsWordChar(afterS))
                {
                    break;
                }

                isAsciiWord = false;
                i++;
                continue;
            }

            if (ch == '.' && char.IsLetter(next) && i - segmentStart == 1)
            {
                // Initialisms: U.S., U.K.
                isAsciiWord = false;
                i++;
                segmentStart = i;
                continue;
            }

            break;
        }

        return i;
    }

    private void Add(ReadOnlySpan<char> text, int gapStart, int start, int length, NameTokenFlags flags, bool isAsciiWord)
    {
        if (Count == _tokens.Length)
        {
            var bigger = ArrayPool<NameToken>.Shared.Rent(_tokens.Length * 2);
            _tokens.AsSpan(0, Count).CopyTo(bigger);
            ArrayPool<NameToken>.Shared.Return(_tokens);
            _tokens = bigger;
        }

        var word = text.Slice(start, length);
        if ((flags & NameTokenFlags.Handle) == 0)
        {
            flags |= isAsciiWord ? AsciiShape(word) : Shape(word);
        }

        var punctuation = '\0';
        if (start - gapStart == 1 && text[gapStart] == ' ' && Count > 0)
        {
            // One space, the usual gap: nothing else to look at.
            flags |= NameTokenFlags.SpaceBefore;
        }
        else
        {
            flags |= GapFlags(text, gapStart, start, out punctuation);
        }

        // Keys of consecutive tokens are separated by one space, so a run of tokens is one slice of the buffer; the
        // room asked for is at least the eighteen characters a short word folded a vector at a time is written with.
        var room = Math.Max((length * 2) + 2, 18);
        if (_keyLength + room > _keys.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_keys.Length * 2, _keyLength + room));
            _keys.AsSpan(0, _keyLength).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_keys);
            _keys = bigger;
        }

        var keyStart = _keyLength;
        if (!isAsciiWord || length > 16 || !NameKeyFolder.TryFoldShortAscii(text[start..], length, _keys.AsSpan(keyStart), out var keyLength))
        {
            keyLength = NameKeyFolder.Fold(word, _keys.AsSpan(keyStart), isAsciiWord);
        }

        var keyHash = NameKeyHash.Of(_keys.AsSpan(keyStart, keyLength));
        _keyLength += keyLength;
        _keys[_keyLength++] = ' ';
        if ((flags & NameTokenFlags.Lower) != 0 && keyLength > 0)
        {
            _lowerCaseWords.Add(keyHash);
        }

        _tokens[Count++] = new NameToken
        {
            Start = start,
            Length = length,
            KeyStart = keyStart,
            KeyLength = keyLength,
            KeyHash = keyHash,
            Flags = flags,
            Punctuation = punctuation,
        };
    }

    /// <summary>What the text between the previous token and the next one says: the separation and whether a sentence starts.</summary>
    private NameTokenFlags GapFlags(ReadOnlySpan<char> text, int gapStart, int start, out char punctuation)
    {
        var gap = text[gapStart..start];
        if (Count > 0 && gap.Length > 1 && gap[0] == '.' && IsInitialismWithDot(_tokens[Count - 1], text))
        {
            // The period of U.S. belongs to the initialism, not to the gap: U.S. Federal Reserve stays one run of words.
            gap = gap[1..];
        }

        punctuation = '\0';
        var flags = NameTokenFlags.None;
        var sentenceStart = Count == 0;
        var lineBreak = false;
        var other = false;
        foreach (var g in gap)
        {
            if (g is '\n' or '\r')
            {
                lineBreak = true;
            }
            else if (!char.IsWhiteSpace(g))
            {
                other = true;
                punctuation = g;
                if (g is '.' or '!' or '?' or '\u2026' or ':')
                {
                    sentenceStart = true;
                }
            }
        }

        if (lineBreak)
        {
            flags |= NameTokenFlags.BreakBefore;
            sentenceStart = true;
        }
        else if (other)
        {
            flags |= gap.Length == 1 && IsHyphen(gap[0]) ? NameTokenFlags.HyphenBefore : NameTokenFlags.PunctuationBefore;
        }
        else if (Count > 0)
        {
            flags |= NameTokenFlags.SpaceBefore;
        }

        if (sentenceStart && Count > 0 && !lineBreak && gap.Length <= 2 && gap[0] == '.' && IsAbbreviation(_tokens[Count - 1], text))
        {
            sentenceStart = false;
        }

        return sentenceStart ? flags | NameTokenFlags.SentenceStart : flags;
    }

    /// <summary>
    /// Whether a word followed by a period is an abbreviation that keeps it: an initialism with inner periods (U.S., U.K.)
    /// or a company designator written short (Co., Corp., Inc., Ltd., Bros.).
    /// </summary>
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
        => (word.Length >= 3 && word[^2] == '.' && char.IsUpper(word[^1]))
        || word is "Co" or "Corp" or "Inc" or "Ltd" or "Bros" or "Cos";

    private static bool IsInitialismWithDot(in NameToken previous, ReadOnlySpan<char> text)
        => (previous.Flags & NameTokenFlags.DotAfter) != 0 && previous.Length >= 3 && text[previous.Start + previous.Length - 2] == '.';

    private static bool IsAbbreviation(in NameToken previous, ReadOnlySpan<char> text)
    {
        var word = text.Slice(previous.Start, previous.Length);

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return word is "Mr" or "Mrs" or "Ms" or "Dr" or "St" or "Gen" or "Sen" or "Rep" or "Prof" or "Lt" or "Col" or "Capt" or "Jr" or "Sr" or "Gov" or "Sgt" or "Maj" or "Adm" or "Rev" or "Mt" or "Ft" or "vs";
    }

    private static NameTokenFlags Shape(ReadOnlySpan<char> word)
    {
        var first = word[0];
        if (char.IsDigit(first))
        {
            return NameTokenFlags.Digit;
        }

        if (!char.IsUpper(first))
        {
            return char.IsLetter(first) ? NameTokenFlags.Lower : NameTokenFlags.None;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return NameTokenFlags.Upper;
                }

                letters++;
            }
        }

        return letters >= 2 ? NameTokenFlags.Upper | NameTokenFlags.AllCaps : NameTokenFlags.Upper;
    }

    /// <summary>The shape of a word of ASCII letters and digits, as <see cref="Shape"/> gives it, without Unicode tables.</summary>
    private static NameTokenFlags AsciiShape(ReadOnlySpan<char> word)
    {
        var first = word[0];
        if (char.IsAsciiDigit(first))
        {
            return NameTokenFlags.Digit;
        }

        if (!char.IsAsciiLetterUpper(first))
        {
            return NameTokenFlags.Lower;
        }

        var letters = 1;
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsAsciiLetterLower(c))
            {
                return NameTokenFlags.Upper;
            }

            if (!char.IsAsciiDigit(c))
            {
                letters++;
            }
        }

        return letters >= 2 ? NameTokenFlags.Upper | NameTokenFlags.AllCaps : NameTokenFlags.Upper;
    }

    private static bool IsWordChar(char c)
    {
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
