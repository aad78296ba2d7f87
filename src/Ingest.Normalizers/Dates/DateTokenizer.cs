using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ingest.Normalizers.Dates;

/// <summary>Splits a stretch of text into classified words, numbers and symbols without allocating per token.</summary>
internal static class DateTokenizer
{
    /// <summary>
    /// Tokenizes <paramref name="text"/> (which starts at <paramref name="offset"/> in the document) into
    /// <paramref name="tokens"/>, and lists in <paramref name="starts"/> the tokens a rule may start at (those without
    /// <see cref="TokenRoles.Plain"/>), so that the parser's start loop passes over only them.
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="offset">Where the line starts in the document.</param>
    /// <param name="vocabulary">The words.</param>
    /// <param name="tokens">The tokens, grown (from the shared pool) when the line has more.</param>
    /// <param name="starts">The indexes of the tokens that are not plain, at least as long as <paramref name="tokens"/>.</param>
    /// <param name="startCount">How many indexes <paramref name="starts"/> holds.</param>
    /// <param name="lastUnit">The last token that can name a duration's unit (<see cref="TokenRoles.UnitLike"/>), or -1.</param>
    /// <returns>The number of tokens.</returns>
    public static int Tokenize(ReadOnlySpan<char> text, int offset, DateVocabulary vocabulary, ref DateToken[] tokens, ref int[] starts, out int startCount, out int lastUnit)
    {
        // Local arrays, not the by-reference parameters, so that each access does not reload them.
        var buffer = tokens;
        if (starts.Length < buffer.Length)
        {
            starts = GrowStarts(starts, buffer.Length, 0);
        }

        var startBuffer = starts;
        var shortWords = vocabulary.ShortWords;
        var count = 0;
        var startsFound = 0;
        var unit = -1;
        var i = 0;
        var space = true;
        var sentenceStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || (c < 128 ? c is '\t' or '\r' or '\n' or '\f' or '\v' : char.IsWhiteSpace(c)))
            {
                space = true;
                i++;
                continue;
            }

            if (count == buffer.Length)
            {
                var larger = ArrayPool<DateToken>.Shared.Rent(buffer.Length * 2);
                Array.Copy(buffer, larger, count);
                ArrayPool<DateToken>.Shared.Return(buffer);
                buffer = larger;
                tokens = larger;
                startBuffer = GrowStarts(startBuffer, larger.Length, startsFound);
                starts = startBuffer;
            }

            ref var token = ref buffer[count];
            var leading = (space ? TokenFlags.SpaceBefore : TokenFlags.None) | (sentenceStart ? TokenFlags.SentenceStart : TokenFlags.None);
            sentenceStart = false;
            var start = i;
            if (shortWords is not null && (uint)((c | 0x20) - 'a') < 26 && i + AsciiWordIndex.BlockLength <= text.Length)
            {
                // Most words: one to seven ASCII letters ended within the eight characters at their start.
                var block = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)i);
                var length = BitOperations.TrailingZeroCount(
                    Vector128.GreaterThan((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25)).ExtractMostSignificantBits());
                if (length <= AsciiWordIndex.MaxLength && (text[i + length] < 128 || !char.IsLetter(text[i + length])))
                {
                    var letters = AsciiWordIndex.WordLetters(block, length);
                    var payload = shortWords.Find(letters);
                    SetShortWord(ref token, offset + i, length, c, letters, payload, leading);
                    unit = (token.Roles & TokenRoles.UnitLike) != 0 ? count : unit;
                    i += length;
                    space = false;
                    startBuffer[startsFound] = count;
                    startsFound += (token.Roles & TokenRoles.Plain) == 0 ? 1 : 0;
                    count++;
                    continue;
                }
            }

            token = default;
            token.Start = offset + i;
            token.Flags = leading;
            if (c is >= '0' and <= '9')
            {
                var value = 0;
                while (i < text.Length && text[i] is >= '0' and <= '9')
                {
                    if (value < 100_000_000)
                    {
                        value = (value * 10) + (text[i] - '0');
                    }

                    i++;
                }

                var digits = i - start;
                token.Kind = TokenKind.Number;
                token.Roles = TokenRoles.BearsDate;
                token.Value = value;
                token.Digits = (byte)Math.Min(digits, 255);
                if (i + 1 < text.Length && IsOrdinalSuffix(text[i], text[i + 1]) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    token.Flags |= TokenFlags.Ordinal;
                    i += 2;
                }

                // 1,960 and 6,107.31 are quantities: their parts are never day, month or year fields.
                if (count >= 2 && !token.Has(TokenFlags.SpaceBefore)
                    && buffer[count - 1].Kind == TokenKind.Symbol && buffer[count - 1].Symbol is ',' or '.'
                    && !buffer[count - 1].Has(TokenFlags.SpaceBefore) && buffer[count - 2].Has(TokenFlags.Grouped))
                {
                    token.Flags |= TokenFlags.Grouped;
                }

                if (i + 4 <= text.Length && text[i] == ',' && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3])
                    && (i + 4 == text.Length || !IsDigit(text[i + 4])) && digits <= 3)
                {
                    token.Flags |= TokenFlags.Grouped;
                    if (count >= 2 && buffer[count - 1].Symbol == ',' && buffer[count - 2].Kind == TokenKind.Number)
                    {
                        buffer[count - 2].Flags |= TokenFlags.Grouped;
                    }
                }

                if (count >= 2 && !token.Has(TokenFlags.SpaceBefore) && digits == 3
                    && buffer[count - 1].Symbol == ',' && !buffer[count - 1].Has(TokenFlags.SpaceBefore)
                    && buffer[count - 2].Kind == TokenKind.Number && buffer[count - 2].Digits <= 3)
                {
                    token.Flags |= TokenFlags.Grouped;
                    buffer[count - 2].Flags |= TokenFlags.Grouped;
                }
            }
            else if (IsLetter(c))
            {
                var known = ReadWord(text, ref i, vocabulary, out var entry);
                token.Kind = TokenKind.Word;
                if (c < 128 ? c is >= 'A' and <= 'Z' : char.IsUpper(c))
                {
                    token.Flags |= TokenFlags.Upper;
                }

                var word = text[start..i];
                if (known && entry.Class != WordClass.None)
                {
                    token.Class = entry.Class;
                    token.Value = entry.Value;
                    token.Roles = entry.Roles;
                    if ((entry.Roles & TokenRoles.UnitLike) != 0)
                    {
                        unit = count;
                    }
                }
                else
                {
                    // An unclassified entry opens a holiday name or is a word a rule tests by spelling ("right", "twice").
                    if (!known)
                    {
                        token.Roles = TokenRoles.Plain;
                    }
                    else if (entry.Value == DateVocabulary.HolidayStartValue)
                    {
                        token.Flags |= TokenFlags.HolidayStart;
                    }

                    if (word.Length >= 4 && word[^1] is 'd' or 'D' && word[^2] is 'e' or 'E')
                    {
                        token.Flags |= TokenFlags.PastLike;
                    }
                }
            }
            else
            {
                token.Kind = TokenKind.Symbol;
                token.Symbol = c;
                token.Roles = SymbolRoles(c);
                i++;
                // "Oct. 2" does not start a sentence: the dot of a month or weekday abbreviation glued to it.
                var abbreviation = c == '.' && count > 0 && !space && buffer[count - 1].Kind == TokenKind.Word
                    && buffer[count - 1].Class is WordClass.Month or WordClass.Weekday && buffer[count - 1].Length <= 4;
                if (c is '.' or '!' or '?' && (i >= text.Length || char.IsWhiteSpace(text[i])) && !abbreviation)
                {
                    sentenceStart = true;
                }
            }

            token.Length = i - start;
            space = false;

            // Written for every token, counted only for one that is not plain: no branch on the token's roles.
            startBuffer[startsFound] = count;
            startsFound += (token.Roles & TokenRoles.Plain) == 0 ? 1 : 0;
            count++;
        }

        startCount = startsFound;
        lastUnit = unit;
        return count;
    }

    private static int[] GrowStarts(int[] starts, int length, int used)
    {
        var larger = ArrayPool<int>.Shared.Rent(length);
        Array.Copy(starts, larger, used);
        ArrayPool<int>.Shared.Return(starts);
        return larger;
    }

    /// <summary>
    /// Writes the token of a word of <paramref name="length"/> ASCII letters (one to seven) that starts with
    /// <paramref name="first"/>, from its letters and its payload in <see cref="DateVocabulary.ShortWords"/> (zero for a
    /// word not in the vocabulary), every field without a branch.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetShortWord(ref DateToken token, int start, int length, char first, ulong letters, ulong payload, TokenFlags leading)
    {
        var wordClass = (WordClass)(byte)(payload >> 32);

        // A word not in the vocabulary is plain; an unclassified word of four letters or more that ends in "ed" looks
        // like a past-tense verb.
        var plain = Unsafe.BitCast<bool, byte>(payload == 0) * (int)TokenRoles.Plain;
        var pastLike = Unsafe.BitCast<bool, byte>((wordClass == WordClass.None) & (length >= 4) & (((letters >> ((8 * length) - 16)) & 0xFFFF) == ('e' | ('d' << 8))))
            * (int)TokenFlags.PastLike;
        var upper = Unsafe.BitCast<bool, byte>(first <= 'Z') * (int)TokenFlags.Upper;
        token.Start = start;
        token.Length = length;
        token.Value = (int)(uint)payload;
        token.Kind = TokenKind.Word;
        token.Class = wordClass;
        token.Flags = leading | (TokenFlags)((byte)(payload >> 48) | pastLike | upper);
        token.Roles = (TokenRoles)((byte)(payload >> 40) | plain);
        token.Digits = 0;
        token.Symbol = '\0';
    }

    /// <summary>
    /// Reads the word that starts at <paramref name="i"/> (a letter) and moves <paramref name="i"/> past it; whether it
    /// is a vocabulary word, whose entry is <paramref name="entry"/>.
    /// </summary>
    private static bool ReadWord(ReadOnlySpan<char> text, ref int i, DateVocabulary vocabulary, out WordEntry entry)
    {
        var start = i;

        // A run of ASCII letters is passed over eight letters at a time; a letter beyond ASCII ("café", "Aÿ") continues
        // the word and the search.
        var ascii = true;
        while (true)
        {
            i += AsciiLetterRun.Length(text[i..]);
            if (i == text.Length || text[i] < 128 || !char.IsLetter(text[i]))
            {
                break;
            }

            ascii = false;
            i++;
        }

        var word = text[start..i];
        entry = default;
        return word.Length <= DateVocabulary.MaxWordLength && (ascii ? vocabulary.TryGetAsciiLetters(word, out entry) : vocabulary.TryGet(word, out entry));
    }

    /// <summary>The roles of a classified word (see <see cref="TokenRoles"/>).</summary>
    /// <param name="wordClass">The word's class.</param>
    /// <param name="value">The word's class-specific value.</param>
    internal static TokenRoles WordRoles(WordClass wordClass, int value)
    {
        switch (wordClass)
        {
            case WordClass.Keyword:
                // A function word no rule reads first ("of", "and", "for") is plain to the start loop.
                return ((DateKeyword)value switch
                {
                    DateKeyword.Future or DateKeyword.Now or DateKeyword.Moment => TokenRoles.BearsDate,
                    DateKeyword.To or DateKeyword.Until or DateKeyword.Through or DateKeyword.And => TokenRoles.Connector,
                    _ => TokenRoles.None,
                }) | (DateParser.KeywordStartsAny((DateKeyword)value) ? TokenRoles.None : TokenRoles.Plain);
            case WordClass.PastCue or WordClass.FutureCue:
                // Tense cues start no rule (DateParser.CannotStart).
                return TokenRoles.Plain;
            case WordClass.Unit:
                return TokenRoles.BearsDate | TokenRoles.UnitLike;
            case WordClass.Ordinal when value == 2:
                return TokenRoles.BearsDate | TokenRoles.UnitLike;
            default:
                return TokenRoles.BearsDate;
        }
    }

    private static TokenRoles SymbolRoles(char c) => c switch
    {
        '\'' => TokenRoles.None,
        '/' => TokenRoles.Plain,
        '-' => TokenRoles.Plain | TokenRoles.Connector,
        '–' or '—' => TokenRoles.Plain | TokenRoles.ClosesLook | TokenRoles.Connector,
        '.' or ';' or '!' or '?' => TokenRoles.Plain | TokenRoles.ClosesLook | TokenRoles.Terminal,
        _ => TokenRoles.Plain | TokenRoles.ClosesLook,
    };

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = (char)(a | 0x20);
        b = (char)(b | 0x20);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }
}
