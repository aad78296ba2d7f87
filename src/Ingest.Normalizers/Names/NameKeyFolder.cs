using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Ingest.Normalizers.Names;

/// <summary>
/// Folds a name to its key form: lower case, Latin letters without diacritics (İ, ı, Ə, ğ, ş, ç, ö, ü and the rest),
/// words separated by one space, and transliteration variants of Russian, Armenian and Turkic names brought
/// together (Dmitri/Dmitry, Sergei/Sergey, Aliyev/Aliev, Aleksandr/Alexander, Ozanyan/Ozanian, Yashar/Yaşar).
/// Two spellings of one name fold to the same key; two different names keep different keys.
/// </summary>
internal static class NameKeyFolder
{
    /// <summary>The longest word, in folded characters, that is folded; longer words are cut (they are not names).</summary>
    private const int MaxWord = 64;

    private static readonly SearchValues<char> AsciiWordChars = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly string[] LatinMap = BuildLatinMap();

    /// <summary>The letters a transliteration rule starts with, as bits counted from 'c'.</summary>
    private const uint RuleLetters = (1u << ('x' - 'c')) | (1u << ('s' - 'c')) | (1u << 0) | (1u << ('k' - 'c')) | (1u << ('z' - 'c'))
        | (1u << ('i' - 'c')) | (1u << ('y' - 'c'));

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/>; returns the number of characters written.</summary>
    /// <param name="text">A name or a word as written.</param>
    /// <param name="destination">The buffer; at least <c>2 * text.Length + 1</c> long.</param>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination) =>
        Fold(text, destination, text.Length <= MaxWord && !text.ContainsAnyExcept(AsciiWordChars));

    /// <summary>
    /// Folds <paramref name="text"/> into <paramref name="destination"/> when the caller already knows whether it is one
    /// word of ASCII letters and digits (the tokenizer does, having just scanned it).
    /// </summary>
    /// <param name="text">A name or a word as written.</param>
    /// <param name="destination">The buffer; at least <c>2 * text.Length + 1</c> long.</param>
    /// <param name="isAsciiWord">Whether <paramref name="text"/> is only ASCII letters and digits.</param>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination, bool isAsciiWord) =>
        isAsciiWord && text.Length <= MaxWord ? FoldWord(text, destination, lowerAscii: true) : FoldWords(text, destination);

    /// <summary>Folds text that may hold several words and any letters: each is mapped to Latin, then folded.</summary>
    private static int FoldWords(ReadOnlySpan<char> text, Span<char> destination)
    {
        Span<char> word = stackalloc char[MaxWord * 2];
        var written = 0;
        var wordLength = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (IsSeparator(c))
            {
                if (wordLength > 0)
                {
                    if (written > 0)
                    {
                        destination[written++] = ' ';
                    }

                    written += FoldWord(word[..wordLength], destination[written..], lowerAscii: false);
                    wordLength = 0;
                }

                continue;
            }

            if (IsIgnored(c))
            {
                continue;
            }

            if (wordLength >= MaxWord)
            {
                continue;
            }

            wordLength += MapChar(c, word[wordLength..]);
        }

        return written;
    }

    /// <summary>Folds <paramref name="text"/> into a new string.</summary>
    /// <param name="text">A name as written.</param>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[(text.Length * 2) + 2] : new char[(text.Length * 2) + 2];
        var length = Fold(text, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Turns a folded key into the slug of an entity key (<c>ilham aliev</c> → <c>ilham-aliev</c>).</summary>
    /// <param name="folded">A folded key.</param>
    public static string Slug(string folded) => folded.Replace(' ', '-');

    private static bool IsSeparator(char c) => c is ' ' or '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\t' or '\n' or '\r' or '\u00A0' or '_' or '/';

    private static bool IsIgnored(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '.' or '\u00B7';

    private static int MapChar(char c, Span<char> output)
    {
        if (c < 128)
        {
            output[0] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            return 1;
        }

        if (c < 0x0260)
        {
            var mapped = LatinMap[c - 128];
            if (mapped.Length > 0)
            {
                mapped.AsSpan().CopyTo(output);
                return mapped.Length;
            }
        }

        output[0] = char.ToLowerInvariant(c);
        return 1;
    }

    /// <summary>
    /// Applies the transliteration rules to one word, already lower case unless <paramref name="lowerAscii"/> says it is
    /// ASCII letters and digits still to be lowered.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FoldWord(ReadOnlySpan<char> word, Span<char> output, bool lowerAscii)
    {
        // Letter pairs that transliterations write differently, and double letters (Tayyip/Tayip, Gennady/Genady)
        // dropped as they are written, straight into the output (which has room for twice the word); the endings are
        // then rewritten there in place. The last character written is kept in a local, and letters no rule starts
        // with take the short path: this runs for every word of every document.
        var a = output;
        var n = 0;
        var last = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var c = Lower(word[i], lowerAscii);
            if (!IsRuleLetter(c))
            {
                if (c != last || !char.IsAsciiLetter(c))
                {
                    a[n++] = c;
                    last = c;
                }

                continue;
            }

            var next = i + 1 < word.Length ? Lower(word[i + 1], lowerAscii) : '\0';
            char put;
            if (c == 'x')
            {
                if (last != 'k')
                {
                    a[n++] = 'k';
                }

                a[n++] = 's';
                last = 's';
                continue;
            }
            else if (next == 'h' && c is 's' or 'c' or 'k' or 'z')
            {
                // sh → s, ch → c, kh → h, zh → j: Yashar/Yaşar, Mikhail/Mihail, Serzh/Serj.
                put = c switch { 'k' => 'h', 'z' => 'j', _ => c };
                i++;
            }
            else if (c == 'i' && next == 'y')
            {
                // Aliyev/Aliev, Dmitriy/Dmitri; Mariya/Maria (then ia → ya below).
                i++;
                put = i + 1 < word.Length && Lower(word[i + 1], lowerAscii) == 'a' ? 'y' : 'i';
            }
            else if (c == 'y' && i == 0 && next == 'e')
            {
                // Yevgeny/Evgeny.
                continue;
            }
            else if (c == 'i' && i > 0 && next == 'a')
            {
                // Ozanian/Ozanyan, Maria/Marya.
                put = 'y';
            }
            else
            {
                put = c;
            }

            if (put != last)
            {
                a[n++] = put;
                last = put;
            }
        }

        return Endings(a, n);
    }

    /// <summary>
    /// Folds a word of one to sixteen ASCII letters and digits at the start of <paramref name="source"/> a vector at a
    /// time, when no transliteration rule and no double letter applies inside it (nearly every word of English text),
    /// exactly as <see cref="FoldWord"/> would; returns false, writing nothing that matters, when one may apply.
    /// </summary>
    /// <param name="source">The text from the word's start; the vectors read up to seventeen characters of it.</param>
    /// <param name="length">The length of the word.</param>
    /// <param name="destination">The buffer; at least seventeen characters long (eighteen for a word over eight).</param>
    /// <param name="written">The length of the folded word.</param>
    // ReadyToRun leaves code that asks for 256-bit vectors to the JIT, and the host recompiles only after 100,000 calls,
    // so without this it would run unoptimised (every vector operation a call) for a whole short run.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryFoldShortAscii(ReadOnlySpan<char> source, int length, Span<char> destination, out int written)
    {
        var characters = MemoryMarshal.Cast<char, ushort>(source);
        var folded = length <= 8 && characters.Length > 8
            ? FoldEight(characters, length, MemoryMarshal.Cast<char, ushort>(destination))
            : length <= 16 && characters.Length > 16 && Vector256.IsHardwareAccelerated && FoldSixteen(characters, length, MemoryMarshal.Cast<char, ushort>(destination));
        written = folded ? Endings(destination, length) : 0;
        return folded;
    }

    /// <summary>Lowers a word of up to eight characters into <paramref name="destination"/> unless a rule or double letter applies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FoldEight(ReadOnlySpan<ushort> source, int length, Span<ushort> destination)
    {
        // Lane numbers (Vector128<T>.Indices is .NET 9 and later; the package also builds for .NET 8).
        var lanes = Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);
        // Lane j of next holds character j + 1: the pairs a rule starts (sh, ch, kh, zh, iy, ia, ye) and double letters.
        var lowered = Vector128.Create(source) | Vector128.Create((ushort)0x20);
        var next = Vector128.Create(source[1..]) | Vector128.Create((ushort)0x20);
        var inWord = Vector128.LessThan(lanes, Vector128.Create((ushort)length));
        var inPair = Vector128.LessThan(lanes, Vector128.Create((ushort)(length - 1)));
        var pairs = (Is(lowered, 's') | Is(lowered, 'c') | Is(lowered, 'k') | Is(lowered, 'z')) & Is(next, 'h');
        pairs |= Is(lowered, 'i') & (Is(next, 'y') | Is(next, 'a'));
        pairs |= (Is(lowered, 'y') & Is(next, 'e')) | Vector128.Equals(lowered, next);
        if (((Is(lowered, 'x') & inWord) | (pairs & inPair)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        lowered.CopyTo(destination);
        return true;
    }

    /// <summary><see cref="FoldEight"/> for words of up to sixteen characters, the same tests on vectors twice as wide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FoldSixteen(ReadOnlySpan<ushort> source, int length, Span<ushort> destination)
    {
        var lanes = Vector256.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        var lowered = Vector256.Create(source) | Vector256.Create((ushort)0x20);
        var next = Vector256.Create(source[1..]) | Vector256.Create((ushort)0x20);
        var inWord = Vector256.LessThan(lanes, Vector256.Create((ushort)length));
        var inPair = Vector256.LessThan(lanes, Vector256.Create((ushort)(length - 1)));
        var pairs = (Is(lowered, 's') | Is(lowered, 'c') | Is(lowered, 'k') | Is(lowered, 'z')) & Is(next, 'h');
        pairs |= Is(lowered, 'i') & (Is(next, 'y') | Is(next, 'a'));
        pairs |= (Is(lowered, 'y') & Is(next, 'e')) | Vector256.Equals(lowered, next);
        if (((Is(lowered, 'x') & inWord) | (pairs & inPair)) != Vector256<ushort>.Zero)
        {
            return false;
        }

        lowered.CopyTo(destination);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Is(Vector128<ushort> characters, char c) => Vector128.Equals(characters, Vector128.Create((ushort)c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Is(Vector256<ushort> characters, char c) => Vector256.Equals(characters, Vector256.Create((ushort)c));

    /// <summary>Rewrites the endings of a folded word of <paramref name="m"/> characters; returns its new length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Endings(Span<char> a, int m)
    {
        // Endings: Sergey/Sergei, Dmitry/Dmitri, Aleksandr/Alexander.
        if (m >= 3 && a[m - 1] == 'y')
        {
            a[m - 1] = 'i';
            if (a[m - 2] == 'i')
            {
                m--;
            }
        }

        if (m >= 4 && a[m - 1] == 'r' && IsStop(a[m - 2]) && !IsVowel(a[m - 3]))
        {
            a[m - 1] = 'e';
            a[m] = 'r';
            m++;
        }

        return m;
    }

    /// <summary>Whether a rule starts with the lower-case letter <paramref name="c"/> (x, s, c, k, z, i, y): one bit test.</summary>
    private static bool IsRuleLetter(char c)
    {
        var offset = (uint)(c - 'c');
        return offset <= 'z' - 'c' && ((RuleLetters >> (int)offset) & 1) != 0;
    }

    // ASCII letters and digits lower-case by setting one bit ('A' 0x41 → 'a' 0x61; digits already have it).
    private static char Lower(char c, bool lowerAscii) => lowerAscii ? (char)(c | 0x20) : c;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsStop(char c) => c is 'd' or 't' or 'b' or 'p' or 'k' or 'g';

    private static string[] BuildLatinMap()
    {
        var map = new string[0x0260 - 128];
        for (var c = 128; c < 0x0260; c++)
        {
            var s = ((char)c).ToString();
            string decomposed;
            try
            {
                decomposed = s.Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                decomposed = s;
            }

            var first = decomposed[0];
            map[c - 128] = first < 128 && char.IsAsciiLetter(first) ? char.ToLowerInvariant(first).ToString() : string.Empty;
        }

        void Set(char c, string value) => map[c - 128] = value;
        Set('ß', "ss");
        Set('æ', "ae");
        Set('Æ', "ae");
        Set('œ', "oe");
        Set('Œ', "oe");
        Set('ø', "o");
        Set('Ø', "o");
        Set('đ', "d");
        Set('Đ', "d");
        Set('ð', "d");
        Set('Ð', "d");
        Set('þ', "th");
        Set('Þ', "th");
        Set('ł', "l");
        Set('Ł', "l");
        Set('ı', "i");
        Set('İ', "i");
        Set('ə', "a");
        Set('Ə', "a");
        Set('ħ', "h");
        Set('Ħ', "h");
        Set('ŧ', "t");
        Set('Ŧ', "t");
        Set('ŀ', "l");
        Set('Ŀ', "l");
        Set('ƒ', "f");
        Set('ǝ', "a");
        return map;
    }
}
