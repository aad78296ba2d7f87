namespace Ingest.Normalizers.Names;

/// <summary>The gazetteer look-ups of <see cref="NameMentionFinder"/>: known phrases, ordinary words, titles and word shapes.</summary>
internal sealed partial class NameMentionFinder
{
    /// <summary>
    /// The longest known phrase starting at <paramref name="first"/>: its length in tokens and its entry. Several rules ask
    /// about the same token, so the answer is kept with the token.
    /// </summary>
    private (int Length, NameLexeme? Lexeme) LongestMatch(NameTokenizer tokenizer, int first)
    {
        ref var lookup = ref tokenizer.Lookup(first);
        if ((lookup.State & TokenLookup.MatchKnown) == 0)
        {
            (lookup.MatchLength, lookup.Match) = FindLongestMatch(tokenizer, first);
            lookup.State |= TokenLookup.MatchKnown;
        }

        return (lookup.MatchLength, lookup.Match);
    }

    private (int Length, NameLexeme? Lexeme) FindLongestMatch(NameTokenizer tokenizer, int first)
    {
        var tokens = tokenizer.Tokens;
        // Phrases continue only through words that occur in some phrase, so prose ends the search at once.
        var available = 1;
        if (!_gazetteer.IsPhraseWord(tokenizer, first))
        {
            return _gazetteer.Find(tokenizer, first) is { } single
                && !(single.Has(LexemeFlags.Acronym) && !tokens[first].Has(NameTokenFlags.AllCaps)) ? (1, single) : (0, null);
        }

        while (available < _gazetteer.MaxWords && first + available < tokens.Length
            && tokens[first + available].IsJoined
            && !tokens[first + available - 1].Has(NameTokenFlags.Possessive)
            && !tokens[first + available].Has(NameTokenFlags.Handle)
            && _gazetteer.IsPhraseWord(tokenizer, first + available))
        {
            available++;
        }

        for (var length = available; length >= 1; length--)
        {
            var lexeme = length == 1 ? _gazetteer.Find(tokenizer, first) : _gazetteer.Find(tokenizer.Key(first, first + length - 1));
            if (lexeme is null || (length == 1 && lexeme.Has(LexemeFlags.Acronym) && !tokens[first].Has(NameTokenFlags.AllCaps)))
            {
                continue;
            }

            if (length == 1 || lexeme.Entry is not null || lexeme.Has(LexemeFlags.Title | LexemeFlags.Demonym))
            {
                if (length > 1 && tokens[first + length - 1].Has(NameTokenFlags.Lower) && lexeme.Entry is null)
                {
                    continue;
                }

                return (length, lexeme);
            }
        }

        return (0, null);
    }

    /// <summary>Whether a known phrase (an entity, a title, a demonym) starts at <paramref name="index"/>.</summary>
    private bool StartsKnown(NameTokenizer tokenizer, int index)
    {
        var (length, lexeme) = LongestMatch(tokenizer, index);
        if (lexeme is null)
        {
            return false;
        }

        if (lexeme.Entry is { Kind: not null })
        {
            return length > 1 || !lexeme.Has(LexemeFlags.GivenName);
        }

        return lexeme.Has(LexemeFlags.Title | LexemeFlags.Demonym) && !lexeme.Has(LexemeFlags.GivenName);
    }

    /// <summary>Whether an unknown capitalised word that could be a surname starts at <paramref name="index"/> (Ararat Mizoyan).</summary>
    private bool StartsUnknownName(NameTokenizer tokenizer, int index)
    {
        var tokens = tokenizer.Tokens;
        if (index >= tokens.Length || !tokens[index].Has(NameTokenFlags.SpaceBefore) || !tokens[index].Has(NameTokenFlags.Upper)
            || tokens[index].Has(NameTokenFlags.AllCaps) || tokens[index - 1].Has(NameTokenFlags.Possessive))
        {
            return false;
        }

        var lexeme = _gazetteer.Find(tokenizer, index);
        return lexeme is null || (lexeme.Entry is null && !lexeme.Has(LexemeFlags.Common | LexemeFlags.Title | LexemeFlags.Demonym | LexemeFlags.OrganizationHead | LexemeFlags.PlaceHead));
    }

    /// <summary>Capitalised words joined by a hyphen to a lower-case word are adjectives: NATO-backed, anti-Russian, Mi-24.</summary>
    private bool IsAdjectivalCompound(NameTokenizer tokenizer, int index)
    {
        var tokens = tokenizer.Tokens;
        if (index + 1 < tokens.Length && tokens[index + 1].Has(NameTokenFlags.HyphenBefore) && !tokens[index].Has(NameTokenFlags.Possessive)
            && !tokens[index + 1].IsCapitalized)
        {
            return true;
        }

        if (index > 0 && tokens[index].Has(NameTokenFlags.HyphenBefore) && !tokens[index - 1].IsCapitalized)
        {
            var before = _gazetteer.Find(tokenizer, index - 1);
            return before is null || !before.Has(LexemeFlags.Particle);
        }

        return false;
    }

    private bool IsTitleBefore(NameTokenizer tokenizer, int index)
    {
        var tokens = tokenizer.Tokens;
        if (index == 0 || !(tokens[index].Has(NameTokenFlags.SpaceBefore) || tokens[index].Punctuation == ','))
        {
            return false;
        }

        for (var length = 1; length <= 3 && index - length >= 0; length++)
        {
            var first = index - length;
            if (length > 1 && !tokens[first + 1].IsJoined)
            {
                break;
            }

            if (_gazetteer.Find(tokenizer.Key(first, index - 1)) is { } lexeme && lexeme.Has(LexemeFlags.Title))
            {
                return true;
            }
        }

        return false;
    }

    private LexemeFlags Flags(NameTokenizer tokenizer, int index) => _gazetteer.Find(tokenizer, index)?.Flags ?? LexemeFlags.None;

    private bool IsOrdinary(NameTokenizer tokenizer, int index)
    {
        if (tokenizer.LowerCaseWords.Contains(tokenizer.KeyHash(index)))
        {
            return true;
        }

        return (Flags(tokenizer, index) & LexemeFlags.Common) != 0;
    }

    /// <summary>Surname endings of Slavic, Armenian, Georgian, Turkic and Balkan names, on the folded key.</summary>
    private static bool HasSurnameShape(ReadOnlySpan<char> key, ReadOnlySpan<char> word)
    {
        if (key.Length < 5)
        {
            return false;
        }

        if (key.EndsWith("yan"))
        {
            // Armenian -yan, not the -ian of adjectives (Cilician, Gordian).
            return word.EndsWith("yan", StringComparison.OrdinalIgnoreCase);
        }

        return key.EndsWith("yan") || key.EndsWith("ov") || key.EndsWith("ova") || key.EndsWith("ev") || key.EndsWith("eva")
            || key.EndsWith("ski") || key.EndsWith("ska") || key.EndsWith("skaya") || key.EndsWith("enko") || key.EndsWith("dze")
            || key.EndsWith("svili") || key.EndsWith("oglu") || key.EndsWith("zade") || key.EndsWith("ovic") || key.EndsWith("evic")
            || key.EndsWith("escu") || key.EndsWith("poulos") || key.EndsWith("akis") || key.EndsWith("ovna") || key.EndsWith("evna")
            || key.EndsWith("ovic") || key.EndsWith("yuk") || key.EndsWith("cuk");
    }
}
