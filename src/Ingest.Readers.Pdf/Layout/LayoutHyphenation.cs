namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Repairs words broken across lines. A soft hyphen always joins. A visible hyphen joins ("inter-" + "national")
/// unless the evidence says it belongs to a compound. The document's own vocabulary decides first: the joined or
/// the hyphenated form occurs elsewhere (for the last part of a compound head too). Without that, the hyphen stays
/// when the second part starts with a capital ("Nagorno-" + "Karabakh"), the first part is a compound
/// ("state-of-the-" + "art"), an acronym ("US-" + "led") or a conventional prefix ("neo-" + "colonial"; "pro-" and
/// "ex-", also common first syllables, only before a word the document writes whole), or both
/// parts are words ("decade-" + "long", "second-" + "largest"): hyphenation rarely cuts a word into two words. A
/// part is a word when the document uses it (whole, inflected or inside another compound) or it is a common
/// compound element; a second part that is a derivational suffix ("accept-" + "able") joins. Only when the
/// document says nothing about the first part does a common compound element after it keep the hyphen on its own
/// ("energy-" + "rich"). Two closed-class words ("more-" + "over", "can-" + "not") make a closed compound and join,
/// and so does a particle prefix with the word it modifies ("under-" + "developed"); numerals and fractions keep
/// their hyphen ("thirty-" + "five", "two-" + "thirds"), and so do decades named with their century ("eighteen-" + "nineties").
/// </summary>
internal static class LayoutHyphenation
{
    /// <summary>True for characters that end a line-broken word: hyphen-minus, hyphen, soft hyphen.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u00AD';

    /// <summary>True for dashes after which a line break joins without a space.</summary>
    public static bool IsDash(char c) => c is '\u2013' or '\u2014';

    /// <summary>The word without leading and trailing punctuation, keeping inner hyphens.</summary>
    public static ReadOnlySpan<char> Core(string word)
    {
        var span = word.AsSpan();
        var start = 0;
        var end = span.Length;
        while (start < end && !char.IsLetterOrDigit(span[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(span[end - 1]))
        {
            end--;
        }

        return span[start..end];
    }

    /// <summary>
    /// Decides whether <paramref name="head"/> (ending in a hyphen) and <paramref name="tail"/> (the next line's
    /// first word) are one word written without the hyphen.
    /// </summary>
    public static bool ShouldJoin(string head, string tail, LayoutVocabulary vocabulary)
    {
        // A soft hyphen, or a hyphen character the document uses only at line ends, is the producer's own break.
        if (head[^1] == '\u00AD' || vocabulary.IsBreakOnlyHyphen(head[^1]))
        {
            return true;
        }

        var first = Core(head);
        var second = Core(tail);
        if (first.Length == 0 || second.Length == 0 || !char.IsLetter(first[^1]) || !char.IsLetter(second[0]))
        {
            return false;
        }

        if (Evidence(first, second, vocabulary) is { } decided)
        {
            return decided;
        }

        // Another form of the same word counts as well: a document that writes "lighthouse" shows how it writes
        // "Light-" + "houses".
        if (FormEvidence(first, second, vocabulary) is { } formDecided)
        {
            return formDecided;
        }

        // In a compound written with hyphens ("anti-terr-" + "orist", "Armenian-popu-" + "lated"), the evidence is
        // about its last part, in the same or another form ("populated" written whole).
        var lastHyphen = first.LastIndexOf('-');
        if (lastHyphen >= 0 && lastHyphen + 1 < first.Length
            && (Evidence(first[(lastHyphen + 1)..], second, vocabulary) ?? FormEvidence(first[(lastHyphen + 1)..], second, vocabulary)) is { } partDecided)
        {
            return partDecided;
        }

        // Without that evidence a compound keeps its hyphen: a part the document does not use elsewhere is as likely
        // a word ("ten-gallon-" + "hat", "long-haul-" + "trucking") as a hyphenation fragment.
        if (lastHyphen >= 0 && lastHyphen + 1 < first.Length && !char.IsUpper(second[0]))
        {
            return IsStemOfAnotherDerivation(first[(lastHyphen + 1)..].ToString(), second.ToString(), vocabulary);
        }

        if (char.IsUpper(second[0]) || lastHyphen >= 0 || IsAcronym(first))
        {
            return false;
        }

        var firstWord = first.ToString();
        var secondWord = second.ToString();

        // English writes the numbers from twenty-one to ninety-nine (and their ordinals) with a hyphen, always, and
        // so its fractions ("two-thirds", "three-quarters", "one-fifth").
        if ((TensNumerals.Contains(firstWord) && UnitNumerals.Contains(secondWord))
            || (Cardinals.Contains(firstWord) && FractionDenominators.Contains(secondWord))
            || (CenturyNumerals.Contains(firstWord) && DecadeNames.Contains(secondWord)))
        {
            return false;
        }

        // Two closed-class words (adverbs, prepositions, pronouns) make a compound written closed: "more-" + "over",
        // "how-" + "ever", "with-" + "out", "them-" + "selves".
        if (ClosedClassParts.Contains(firstWord) && ClosedClassParts.Contains(secondWord))
        {
            return true;
        }

        // Particle prefixes ("under", "over", "counter") make closed compounds with the word they modify
        // ("underdeveloped", "overestimated", "counterpart"); the hyphenated spelling is the exception, and the
        // document's own evidence for it was weighed above. Before a closed-class word ("out-" + "of") they are a phrase.
        if (ParticlePrefixes.Contains(firstWord) && !ClosedClassParts.Contains(secondWord))
        {
            return true;
        }

        // Prefixes that are also common first syllables ("pro-" + "longed", "ex-" + "pressed") keep their hyphen
        // only before a word the document writes whole ("pro-government" where "government" occurs). Before an -ed
        // or -ing form of such a word ("ex-" + "posed" where "posed" occurs) the document may still write the joined
        // verb in another form ("expose"): "ex-" and "pro-" then begin that verb, not a compound.
        if (SyllablePrefixes.Contains(firstWord))
        {
            return vocabulary.Count(secondWord) == 0
                || (NominalPrefixes.Contains(firstWord) && KnowsJoinedVerb(firstWord, secondWord, vocabulary));
        }

        if (ConventionalPrefixes.Contains(firstWord))
        {
            return false;
        }

        // A suffix that is also a word ("able", "less") makes one word with its stem, not a compound.
        if (SuffixWords.Contains(secondWord))
        {
            return true;
        }

        // Hyphenation cuts a word into pieces that are rarely words themselves; a compound joins two words. Short
        // first parts ("re-", "de-") are left out: they are prefixes far more often than words.
        var firstIsWord = firstWord.Length >= 3 && (CompoundElements.Contains(firstWord) || vocabulary.Knows(firstWord));
        if (firstIsWord && IsWordOrWordForm(secondWord, vocabulary))
        {
            return false;
        }

        // A first part the document never uses alone may still be a word: a common compound element after a
        // word-length first part ("energy-" + "rich") is a compound; "be-" + "long" is not.
        return firstIsWord || firstWord.Length < 4 || !CompoundElements.Contains(secondWord);
    }

    /// <summary>The tens of English cardinal numbers, the first part of a compound numeral ("twenty-" + "eight").</summary>
    private static readonly HashSet<string> TensNumerals = new(StringComparer.OrdinalIgnoreCase)
    {
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    };

    /// <summary>The units of English cardinal and ordinal numbers, the second part of a compound numeral.</summary>
    private static readonly HashSet<string> UnitNumerals = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    };

    /// <summary>The hundreds a decade is named by ("eighteen-" + "nineties", "nineteen-" + "hundreds").</summary>
    private static readonly HashSet<string> CenturyNumerals = new(StringComparer.OrdinalIgnoreCase)
    {
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    };

    /// <summary>The decades of a century, in the plural that names them ("the nineteen-fifties").</summary>
    private static readonly HashSet<string> DecadeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "hundreds", "tens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
    };

    /// <summary>Cardinal numbers that count the parts of a fraction ("two-" + "thirds").</summary>
    private static readonly HashSet<string> Cardinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };

    /// <summary>The denominators of English fractions, singular and plural ("one-third", "three-quarters").</summary>
    private static readonly HashSet<string> FractionDenominators = new(StringComparer.OrdinalIgnoreCase)
    {
        "half", "halves", "third", "thirds", "quarter", "quarters", "fourth", "fourths", "fifth", "fifths", "sixth",
        "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth", "ninths", "tenth", "tenths",
    };

    /// <summary>Prefixes written with a hyphen by convention ("anti-war", "self-made", "neo-colonial").</summary>
    private static readonly HashSet<string> ConventionalPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "neo", "self", "pan", "semi", "quasi", "ultra", "well", "half", "cross", "vice",
    };

    /// <summary>Particles and prepositions that prefix words written closed ("underdeveloped", "overrun", "outnumber", "counterattack").</summary>
    private static readonly HashSet<string> ParticlePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "under", "over", "out", "counter", "fore", "up", "down",
    };

    /// <summary>Conventional prefixes that are also frequent first syllables of words hyphenated at a line end.</summary>
    private static readonly HashSet<string> SyllablePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "non", "ex", "pro", "post", "mid", "all",
    };

    /// <summary>Syllable prefixes that make compounds with nouns and adjectives only ("ex-president", "pro-government").</summary>
    private static readonly HashSet<string> NominalPrefixes = new(StringComparer.OrdinalIgnoreCase) { "ex", "pro" };

    /// <summary>Closed-class words that join into closed compounds ("moreover", "however", "without", "themselves").</summary>
    private static readonly HashSet<string> ClosedClassParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "how", "ever", "more", "over", "there", "here", "where", "when", "what", "which", "who", "with", "in", "out", "to",
        "on", "up", "upon", "fore", "by", "through", "some", "any", "every", "body", "one", "thing", "self", "selves",
        "them", "him", "her", "it", "my", "your", "our", "never", "the", "less", "else", "though", "as", "after",
        "can", "not",
    };

    /// <summary>
    /// Words that commonly make one part of a hyphenated compound ("decade-long", "energy-rich", "US-backed",
    /// "full-scale"): counted as words when the document does not show them alone. Kept small, and free of words
    /// often written joined ("nationwide", "lifelike").
    /// </summary>
    private static readonly HashSet<string> CompoundElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "long", "rich", "based", "led", "backed", "linked", "owned", "free", "style", "scale", "term", "sized",
    };

    /// <summary>Derivational suffixes that are also words: after a hyphenated line break they complete a word ("accept-able", "hope-less").</summary>
    private static readonly HashSet<string> SuffixWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "able", "less", "ness", "ship", "hood", "ward", "wards", "age", "ment", "ful",
    };

    /// <summary>
    /// True when the second part reads as a word: the document uses it, it is a common compound element, or it is
    /// a long participle or superlative ("lasting", "linked", "largest"), forms of words the document may use only here.
    /// </summary>
    private static bool IsWordOrWordForm(string word, LayoutVocabulary vocabulary)
        => vocabulary.Knows(word)
            || CompoundElements.Contains(word)
            || HasWordStem(word, "ed") || HasWordStem(word, "ing") || HasWordStem(word, "est");

    /// <summary>
    /// A participle or superlative whose stem is word-length (four letters or more: "last-ing", "link-ed", "larg-est");
    /// a hyphenation fragment ending the same way has a syllable before it ("ven-ing" of "inter-vening").
    /// </summary>
    private static bool HasWordStem(string word, string ending)
        => word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when <paramref name="second"/> is an -ed or -ing form and the document uses the verb joined with
    /// <paramref name="prefix"/> in some form: the joined word itself or its stem ("expose" for "ex-" + "posed",
    /// "prolong" for "pro-" + "longed").
    /// </summary>
    private static bool KnowsJoinedVerb(string prefix, string second, LayoutVocabulary vocabulary)
    {
        var ending = second.EndsWith("ed", StringComparison.OrdinalIgnoreCase) ? 2
            : second.EndsWith("ing", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        if (ending == 0 || second.Length - ending < 2)
        {
            return false;
        }

        var joined = string.Concat(prefix, second);
        var stem = joined[..^ending];
        // The stem with its silent e ("expos" + "e"), which -ed and -ing drop.
        return vocabulary.Knows(joined) || vocabulary.Knows(stem) || vocabulary.Knows(string.Concat(stem, "e"));
    }

    /// <summary>
    /// True when neither <paramref name="part"/> nor <paramref name="tail"/> is a word of the document but the
    /// document writes another word on their joined stem: "popu-" + "lated" where "population" occurs shares
    /// "populat". Three letters of the tail make the shared stem longer than the part, which a word part followed by
    /// another word ("gallon" + "hat") rarely shares with a word of the document.
    /// </summary>
    private static bool IsStemOfAnotherDerivation(string part, string tail, LayoutVocabulary vocabulary)
        => part.Length >= 2 && tail.Length >= 4 && IsLetters(part) && IsLetters(tail)
            && !vocabulary.Knows(part) && !vocabulary.Knows(tail) && !IsWordOrWordForm(tail, vocabulary)
            && vocabulary.HasWordStartingWith(string.Concat(part, tail.AsSpan(0, 3)));

    private static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && !char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Join or keep as <see cref="Evidence"/> decides, from the other inflected forms of the word: the second part
    /// with an inflection ending taken off ("houses" for "house") or put on ("house" for "houses").
    /// </summary>
    private static bool? FormEvidence(ReadOnlySpan<char> first, ReadOnlySpan<char> second, LayoutVocabulary vocabulary)
    {
        var joined = 0;
        var hyphenated = 0;
        foreach (var ending in LayoutVocabulary.Inflections)
        {
            if (second.Length > ending.Length + 2 && second.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                var stem = second[..^ending.Length];
                joined += vocabulary.Count(string.Concat(first, stem));
                hyphenated += vocabulary.Count(string.Concat(first, "-", stem));
            }

            joined += vocabulary.Count(string.Concat(first, second, ending));
            hyphenated += vocabulary.Count(string.Concat(first, "-", second, ending));
        }

        return joined == hyphenated ? null : joined > hyphenated;
    }

    /// <summary>Join (true) or keep (false) when the document writes the word one way more often than the other; null when it does not tell.</summary>
    private static bool? Evidence(ReadOnlySpan<char> first, ReadOnlySpan<char> second, LayoutVocabulary vocabulary)
    {
        var joined = vocabulary.Count(string.Concat(first, second));
        var hyphenated = vocabulary.Count(string.Concat(first, "-", second));
        return joined == hyphenated ? null : joined > hyphenated;
    }
}
