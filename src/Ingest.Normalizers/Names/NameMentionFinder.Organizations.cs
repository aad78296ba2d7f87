namespace Ingest.Normalizers.Names;

/// <summary>The organisation structure of <see cref="NameMentionFinder"/>: head words, designators, "of" chains and organisation cues.</summary>
internal sealed partial class NameMentionFinder
{
    /// <summary>
    /// Where an organisation name that starts with a known name ends: the known name followed by capitalised words of
    /// which one is an organisation head or designator (Kenya Airways, Siemens Energy AG), then any "of" chain; -1 if none.
    /// </summary>
    private int OrganizationEnd(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        if (IsOrganizationHead(tokenizer, last) && OfChainEnd(tokenizer, last) is var chain && chain > last)
        {
            // Central Bank of Kenya: a known organisation name continued by an "of" chain.
            return chain;
        }

        var end = -1;
        var k = last;
        for (var added = 0; added < 4 && k + 1 < tokens.Length && tokens[k + 1].Has(NameTokenFlags.SpaceBefore) && !tokens[k].Has(NameTokenFlags.Possessive); added++)
        {
            var next = k + 1;
            if (!tokens[next].IsCapitalized && !OrganizationCues.Is(tokenizer.Text(next), "plc"))
            {
                break;
            }

            if (tokens[next].IsCapitalized && StartsKnown(tokenizer, next) && !IsOrganizationHead(tokenizer, next))
            {
                break;
            }

            k = next;
            if (IsOrganizationHead(tokenizer, next) && !IsQualifierBeforeHead(tokenizer, next))
            {
                end = k;
            }
        }

        return end < 0 ? -1 : Math.Max(end, OfChainEnd(tokenizer, end));
    }

    /// <summary>
    /// Whether the head word at <paramref name="index"/> is an adjective that closes a firm's name only as its last word
    /// (Shuanghui International) and here qualifies a capitalised word after it (Cairo International Stadium).
    /// </summary>
    private static bool IsQualifierBeforeHead(NameTokenizer tokenizer, int index)
    {
        var tokens = tokenizer.Tokens;
        return tokenizer.Text(index) is "International" && index + 1 < tokens.Length && tokens[index + 1].IsJoined && tokens[index + 1].IsCapitalized;
    }

    private static bool IsInContest(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        // Tested in turn, each only if the ones before fail: this runs for every known place of every document.
        return (last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && !tokens[last].Has(NameTokenFlags.Possessive)
                && OrganizationCues.IsContestVerbAfter(tokenizer.Text(last + 1)))
            || (first > 0 && tokens[first].Has(NameTokenFlags.SpaceBefore) && OrganizationCues.IsContestVerbBefore(tokenizer.Text(first - 1)))
            || (first > 1 && tokens[first].Has(NameTokenFlags.SpaceBefore) && tokens[first - 1].Has(NameTokenFlags.SpaceBefore)
                && TeamCues.IsOpponentBefore(tokenizer.Text(first - 2), tokenizer.Text(first - 1)))
            || HasSportRoleAfter(tokenizer, last) || IsScoreSide(tokenizer, first, last);
    }

    /// <summary>
    /// Whether a player or coach of the place follows it (India's bowlers, the England captain, Ghana coach): the place is
    /// its national team. Fans and supporters are left out: a country has fans of many things.
    /// </summary>
    private static bool HasSportRoleAfter(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        if (last + 1 >= tokens.Length || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore) || !tokens[last + 1].Has(NameTokenFlags.Lower))
        {
            return false;
        }

        var after = tokenizer.Text(last + 1);
        return TeamCues.IsTeamRoleAfter(after) && after is not ("fans" or "supporters" or "manager" or "boss" or "side" or "players");
    }

    /// <summary>Whether the word at <paramref name="index"/> ends organisation names (Bank, Party, United) or is a designator (AG, plc).</summary>
    private bool IsOrganizationHead(NameTokenizer tokenizer, int index)
        => (Flags(tokenizer, index) & LexemeFlags.OrganizationHead) != 0 || OrganizationCues.IsDesignator(tokenizer.Text(index));

    /// <summary>
    /// After an organisation head at <paramref name="head"/>, the last token of "of [the] Name" chains, known names
    /// included (Bank of Canada, Committee of the Red Cross); <paramref name="head"/> when none follows.
    /// </summary>
    private int OfChainEnd(NameTokenizer tokenizer, int head)
    {
        var tokens = tokenizer.Tokens;
        if (head > 0 && tokens[head].Has(NameTokenFlags.SpaceBefore) && tokens[head - 1].IsCapitalized && OrganizationCues.IsDesignator(tokenizer.Text(head)))
        {
            // A company designator closes the name: Vodacom Group of South Africa is the group and where it is from.
            return head;
        }

        var end = head;
        while (end + 2 < tokens.Length && tokens[end + 1].Has(NameTokenFlags.SpaceBefore) && !tokens[end].Has(NameTokenFlags.Possessive)
            && (tokenizer.Text(end + 1) is "of" or "for" || IsLocatingWordInName(tokenizer, head, end)))
        {
            var name = end + 2;
            if (tokenizer.Text(name) is "the" && name + 1 < tokens.Length && tokens[name + 1].IsJoined)
            {
                name++;
            }

            if (!tokens[name].IsCapitalized || !tokens[name].IsJoined || StartsPerson(tokenizer, name))
            {
                break;
            }

            var (length, lexeme) = LongestMatch(tokenizer, name);
            if (IsParentAcronym(tokenizer, head, name, lexeme))
            {
                // Science Mission Directorate of NASA: an acronym after "of" names the parent body, a name of its own.
                break;
            }

            var known = lexeme?.Entry is not null;
            end = known ? name + length - 1 : name;
            end = ChainWordsEnd(tokenizer, end, allowAnd: !known);
        }

        return end;
    }

    /// <summary>
    /// Whether the word at <paramref name="name"/> after "of" is a known organisation's acronym in mixed-case text (the
    /// Executive Board of UNESCO, the Science Directorate of NASA): a body written as capitals is named on its own, and the
    /// unit before "of" is a separate body. A place in capitals (USA) still ends the name, and an unknown acronym may name
    /// a field (Ministry of ICT), so both stay in it.
    /// </summary>
    private static bool IsParentAcronym(NameTokenizer tokenizer, int head, int name, NameLexeme? lexeme)
    {
        var tokens = tokenizer.Tokens;
        return tokens[name].Has(NameTokenFlags.AllCaps) && tokens[name].Length >= 2 && !tokens[head].Has(NameTokenFlags.AllCaps)
            && lexeme?.Entry is { Kind: NameKind.Organization } && (name + 1 >= tokens.Length || !tokens[name + 1].IsJoined || !tokens[name + 1].IsCapitalized);
    }

    /// <summary>
    /// The organisation head that ends the capitalised words after "and" at <paramref name="and"/>, when the unknown words
    /// <paramref name="first"/>..<paramref name="last"/> before it qualify the same head (National Aeronautics and Space
    /// Administration (NASA), Independent Electoral and Boundaries Commission (IEBC)): English coordinates the words that
    /// describe a body before its head noun. Taken only where the text defines the name's acronym, since "and" more often
    /// joins two names (Arlen and Mersey United, Calder and Holme Council); -1 otherwise, or when a known name stands on
    /// either side.
    /// </summary>
    private int CoordinatedHeadEnd(NameTokenizer tokenizer, int first, int last, int and)
    {
        var tokens = tokenizer.Tokens;
        if (!tokenizer.Text(and).SequenceEqual("and") || tokens[last].Has(NameTokenFlags.Possessive) || IsOrganizationHead(tokenizer, last)
            || (Flags(tokenizer, first) & (LexemeFlags.GivenName | LexemeFlags.Title)) != 0)
        {
            return -1;
        }

        for (var k = and + 1; k <= and + 3 && k < tokens.Length; k++)
        {
            if (!tokens[k].IsCapitalized || !tokens[k].Has(NameTokenFlags.SpaceBefore) || tokens[k].Has(NameTokenFlags.AllCaps))
            {
                return -1;
            }

            if (k > and + 1 && (Flags(tokenizer, k) & LexemeFlags.OrganizationHead) != 0 && !OrganizationCues.IsDesignator(tokenizer.Text(k)))
            {
                return HasKnownWord(tokenizer, first, last) || !IsDefinedByAcronym(tokenizer, first, k) ? -1 : k;
            }

            if (StartsKnown(tokenizer, k) || tokens[k].Has(NameTokenFlags.Possessive))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether an acronym in brackets right after <paramref name="head"/> spells the initials of the name ending there,
    /// from some token at or after <paramref name="first"/> (The National Aeronautics and Space Administration (NASA)):
    /// a text that defines a short form tells that the words before it are one name.
    /// </summary>
    private static bool IsDefinedByAcronym(NameTokenizer tokenizer, int first, int head)
    {
        var tokens = tokenizer.Tokens;
        var acronym = head + 1;
        if (acronym >= tokens.Length || tokens[acronym].Punctuation != '(' || tokenizer.CharAfter(acronym) != ')')
        {
            return false;
        }

        for (var start = first; start < head; start++)
        {
            if (AcronymInitials.Spells(tokenizer, acronym, start, head))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a known name starts at any of the tokens <paramref name="first"/>..<paramref name="last"/>.</summary>
    private bool HasKnownWord(NameTokenizer tokenizer, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (StartsKnown(tokenizer, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words around an unknown name make it an organisation: a company noun before it (chipmaker TSMC), shares
    /// in it, a business noun after its possessive (Vale's shares), shares after it, or "the" before a plural (the Hawks).
    /// </summary>
    private static bool HasOrganizationCue(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        if (HasTeamCue(tokenizer, first, last) || HasCompanyAppositive(tokenizer, last))
        {
            return true;
        }

        if (first > 0 && tokens[first].Has(NameTokenFlags.SpaceBefore) && tokens[first - 1].Has(NameTokenFlags.Lower))
        {
            var before = tokenizer.Text(first - 1);
            if (OrganizationCues.IsNounBefore(before)
                || (before is "in" or "of" && first > 1 && IsHoldingNoun(tokenizer.Text(first - 2))))
            {
                return true;
            }

            if (before is "the" && !tokens[first].Has(NameTokenFlags.AllCaps) 
                && (first == last ? tokenizer.Text(first) is [.., 's'] : !tokens[last].Has(NameTokenFlags.HyphenBefore) && IsPluralNickname(tokenizer.Text(last))))
            {
                // The Hawks, the Milwaukee Bucks: "the" and a name ending in a capitalised plural is a team or a band.
                return true;
            }

            if (before is "the" && IsActorOfVerbAfter(tokenizer, last, speech: true))
            {
                // The Harwell Trust said, the Ostmark Consortium acquired: a name after "the" that speaks or acts is a body's,
                // since people take no article and places do not speak.
                return true;
            }
        }

        if (last + 1 < tokens.Length && tokens[last].Has(NameTokenFlags.Possessive) && tokens[last + 1].Has(NameTokenFlags.AllCaps)
            && tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && tokenizer.Text(last + 1) is "CEO" or "CFO" or "COO")
        {
            // Talvora's CEO: an officer written as capitals after a possessive belongs to a company.
            return true;
        }

        if (last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && tokens[last + 1].Has(NameTokenFlags.Lower))
        {
            var after = tokenizer.Text(last + 1);
            if (tokens[last].Has(NameTokenFlags.Possessive))
            {
                return OrganizationCues.IsPossessionAfter(after)
                    || (after is "chief" && last + 2 < tokens.Length && tokenizer.Text(last + 2) is "executive" or "financial" or "operating");
            }

            return OrganizationCues.IsBusinessNounAfter(after) || SpeaksAsOrganization(tokenizer, last + 1);
        }

        return false;
    }

    /// <summary>
    /// Whether a singular name is the subject of a plural verb (Velmont are, Corvane have): English lets a team, a band or a
    /// company take a plural verb as a group of people, while a person or a place takes a singular one. Left out: names
    /// ending in s (the Hawks are, Jones are), names after "and", a comma or a preposition (Smith and Velmont are, fans of
    /// Velmont are: the subject is another word), after an auxiliary that inverts a question (does Velmont have), and
    /// names that are the object of a verb in a relative clause (voters who support Velmont are: "who", "that" or a verb
    /// within three words before the name).
    /// </summary>
    private static bool TakesPluralVerb(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        if (last + 1 >= tokens.Length || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore) || tokens[last].Has(NameTokenFlags.Possessive)
            || !OrganizationCues.IsPluralVerb(tokenizer.Text(last + 1)) || tokenizer.Text(last) is [.., 's' or 'S']
            || tokens[first].Has(NameTokenFlags.AllCaps) || tokens[first].Punctuation is ',' or '&')
        {
            return false;
        }

        if (first > 0 && tokens[first].Has(NameTokenFlags.SpaceBefore) && OrganizationCues.IsSubjectBreaker(tokenizer.Text(first - 1)))
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (OrganizationCues.IsObjectOpener(tokenizer.Text(k)))
            {
                return false;
            }

            if (tokens[k + 1].Punctuation != '\0')
            {
                break;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a word (any case, as a sentence may open with it) holds a part of a body: shares of, a stake in, fans of.
    /// </summary>
    private static bool IsHoldingNoun(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[16];
        return word.Length <= buffer.Length && buffer[..CueText.ToLower(word, buffer)] is "shares" or "stake" or "stakes" or "shareholders"
            or "fans" or "supporters" or "customers" or "employees";
    }
}
