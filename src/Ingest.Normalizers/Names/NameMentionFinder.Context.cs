namespace Ingest.Normalizers.Names;

/// <summary>The context tests of <see cref="NameMentionFinder"/>: the words around a name that say what it names.</summary>
internal sealed partial class NameMentionFinder
{
    /// <summary>
    /// Whether a city at <paramref name="first"/>..<paramref name="last"/> is the subject of a verb (Tokyo said, Beijing has
    /// criticised, Tehran wanted) or owns what a government owns (Moscow's war): then it stands for its government. A place
    /// preposition before it keeps it a place; a city joined to another by "and" is left a place (bombs fell on A and B).
    /// </summary>
    private static bool ActsAsGovernment(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        if (IsCitedSource(tokenizer, first, last))
        {
            return true;
        }

        if (HasPlaceCue(tokenizer, first, last) || last + 1 >= tokens.Length || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore))
        {
            return false;
        }

        var after = tokenizer.Text(last + 1);
        if (tokens[last].Has(NameTokenFlags.Possessive))
        {
            return OrganizationCues.IsGovernmentPossession(after);
        }

        if (IsReportedSubject(tokenizer, first, after) || IsPartyToRelations(tokenizer, first))
        {
            return true;
        }

        if (OrganizationCues.IsReportingVerb(after) || OrganizationCues.IsDiplomaticVerb(after) || OrganizationCues.IsAddressVerb(after))
        {
            return true;
        }

        // Cairo has exchanged envoys, Tokyo had since warned, Ankara later denied: an auxiliary or an adverb, perhaps both, and a
        // diplomatic act; not Yerevan have bombed.
        var verb = last + 1;
        if (OrganizationCues.IsPerfectAuxiliary(after))
        {
            verb++;
        }

        if (verb + 1 < tokens.Length && tokens[verb].Has(NameTokenFlags.SpaceBefore) && IsAdverb(tokenizer.Text(verb)))
        {
            verb++;
        }

        return verb < tokens.Length && tokens[verb].Has(NameTokenFlags.SpaceBefore)
            && (OrganizationCues.IsReportingVerb(tokenizer.Text(verb)) || OrganizationCues.IsDiplomaticVerb(tokenizer.Text(verb))
                || OrganizationCues.IsAddressVerb(tokenizer.Text(verb)));
    }

    /// <summary>
    /// Whether a capital opens a reported clause (Ishiba said Tokyo would, the minister said Berlin was): the subject of
    /// what a speaker reports is the government, not the city.
    /// </summary>
    private static bool IsReportedSubject(NameTokenizer tokenizer, int first, ReadOnlySpan<char> after)
        => first > 0 && tokenizer.Tokens[first].Has(NameTokenFlags.SpaceBefore) && tokenizer.Text(first - 1) is "said" or "says" or "added"
            && after is "would" or "will" or "was" or "is" or "had" or "has" or "could" or "should" or "must" or "might" or "wanted" or "wants";

    /// <summary>
    /// Whether a capital is a party to relations between governments: after "between", or after "and" and one more name
    /// that follows "between", where a relation noun comes first (tensions between New Delhi and Beijing, ties between A and B).
    /// </summary>
    private static bool IsPartyToRelations(NameTokenizer tokenizer, int first)
    {
        var between = first - 1;
        if (between >= 0 && tokenizer.Text(between) is "and")
        {
            between = -1;
            for (var k = first - 2; k >= 1 && k >= first - 4 && tokenizer.Tokens[k].IsCapitalized; k--)
            {
                between = k - 1;
            }
        }

        return between >= 1 && tokenizer.Text(between) is "between" && IsRelationNoun(tokenizer.Text(between - 1));
    }

    /// <summary>Whether a word names relations between parties, capitalised or not (Relations between, tensions between).</summary>
    private static bool IsRelationNoun(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[16];
        return word.Length <= buffer.Length && buffer[..CueText.ToLower(word, buffer)] is "relations" or "tensions" or "ties"
            or "talks" or "rift" or "dispute" or "rivalry" or "rapprochement" or "détente" or "negotiations" or "agreement" or "treaty";
    }

    private static bool IsAdverb(ReadOnlySpan<char> word) => (word.Length > 4 && word.EndsWith("ly") && word[0] is >= 'a' and <= 'z')
        || word is "since" or "already" or "also" or "now" or "not" or "just" or "never" or "long" or "again" or "later" or "then" or "too";

    /// <summary>
    /// Whether a city is cited as the source of a claim (according to Tehran): a place cannot state anything, so the city that a report is attributed to is its government. Checked before the place cue, since
    /// "to" before a name usually marks a destination.
    /// </summary>
    private static bool IsCitedSource(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        return first > 1 && tokens[first].Has(NameTokenFlags.SpaceBefore) && tokens[first - 1].Has(NameTokenFlags.SpaceBefore)
            && tokenizer.Text(first - 1).SequenceEqual("to") && OrganizationCues.Is(tokenizer.Text(first - 2), "according")
            && (last + 1 >= tokens.Length || !tokens[last + 1].IsCapitalized || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore));
    }

    /// <summary>The last token of a team named by a city and a capitalised plural (Boston Celtics, Toronto Raptors); -1 if none.</summary>
    private int TeamNameEnd(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        var next = last + 1;
        if (next >= tokens.Length || !tokens[next].Has(NameTokenFlags.SpaceBefore) || tokens[last].Has(NameTokenFlags.Possessive)
            || !tokens[next].Has(NameTokenFlags.Upper) || tokens[next].Has(NameTokenFlags.AllCaps) || tokens[next].Length < 4)
        {
            return -1;
        }

        var word = tokenizer.Text(next);
        if (word[^1] != 's' || word[^2] is 's' or '\'' || Flags(tokenizer, next) != LexemeFlags.None)
        {
            return -1;
        }

        return next;
    }

    /// <summary>Whether the word after a known organisation ending at <paramref name="last"/> is an unknown capitalised word of the same name.</summary>
    private bool IsUnitName(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        var next = last + 1;
        return next < tokens.Length && tokens[next].Has(NameTokenFlags.SpaceBefore) && !tokens[last].Has(NameTokenFlags.Possessive)
            && tokens[next].Has(NameTokenFlags.Upper) && !tokens[next].Has(NameTokenFlags.SentenceStart)
            && (_gazetteer.Find(tokenizer, next) is null || IsKnownPlaceWord(tokenizer, next)) && !IsOrdinary(tokenizer, next)
            && !(next + 1 < tokens.Length && tokens[next + 1].Has(NameTokenFlags.SpaceBefore) && tokens[next + 1].IsCapitalized);
    }

    /// <summary>
    /// Extends the words of an "of"/"for" chain over capitalised words that are not names of their own, demonyms inside
    /// the chain (Association of Southeast Asian Nations), and one "and" between unknown words (Center for Strategic and
    /// International Studies, Ministry of Tourism and Antiquities).
    /// </summary>
    private int ChainWordsEnd(NameTokenizer tokenizer, int end, bool allowAnd)
    {
        var tokens = tokenizer.Tokens;
        while (end + 1 < tokens.Length && tokens[end + 1].Has(NameTokenFlags.SpaceBefore) && !tokens[end].Has(NameTokenFlags.Possessive))
        {
            var next = end + 1;
            if (tokens[next].IsCapitalized && (!StartsKnown(tokenizer, next) || IsDemonymInsideName(tokenizer, next)))
            {
                end = next;
                continue;
            }

            if (allowAnd && tokenizer.Text(next) is "and" && next + 1 < tokens.Length && tokens[next + 1].IsCapitalized
                && tokens[next + 1].Has(NameTokenFlags.SpaceBefore) && !StartsKnown(tokenizer, next + 1) && !StartsPerson(tokenizer, next + 1)
                && _gazetteer.Find(tokenizer, end)?.Entry is null)
            {
                allowAnd = false;
                end = next + 1;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>Whether a demonym at <paramref name="index"/> is followed by a capitalised word, so it is inside a name (Asian Nations).</summary>
    private bool IsDemonymInsideName(NameTokenizer tokenizer, int index)
    {
        var tokens = tokenizer.Tokens;
        return (Flags(tokenizer, index) & LexemeFlags.Demonym) != 0 && index + 1 < tokens.Length && tokens[index + 1].Has(NameTokenFlags.SpaceBefore)
            && tokens[index + 1].IsCapitalized && !tokens[index].Has(NameTokenFlags.Possessive);
    }

    /// <summary>Whether a person's name starts at <paramref name="index"/>: a given name then an unknown capitalised word (of Anutin Charnvirakul).</summary>
    private bool StartsPerson(NameTokenizer tokenizer, int index)
        => (Flags(tokenizer, index) & LexemeFlags.GivenName) != 0 && !tokenizer.Tokens[index].Has(NameTokenFlags.AllCaps) && StartsUnknownName(tokenizer, index + 1);

    /// <summary>
    /// Whether the words <paramref name="first"/>..<paramref name="last"/> read as a person's full name (a given name and
    /// more, not ending in an organisation head): "of" after them names where the person is from or works (Jürgen Kerner of IG Metall).
    /// </summary>
    private bool IsPersonSoFar(NameTokenizer tokenizer, int first, int last)
        => last > first && (Flags(tokenizer, first) & LexemeFlags.GivenName) != 0 && !IsOrganizationHead(tokenizer, last);

    /// <summary>
    /// Whether <paramref name="next"/> and a short lower-case syllable hyphened to it (Jae-myung) follow a capitalised
    /// name word at <paramref name="previous"/>: a romanised East Asian given name, not an adjective (NATO-backed, Kremlin-run).
    /// </summary>
    private bool IsHyphenatedGivenName(NameTokenizer tokenizer, int previous, int next)
    {
        var tokens = tokenizer.Tokens;
        if (next + 1 >= tokens.Length || !tokens[next + 1].Has(NameTokenFlags.HyphenBefore) || !tokens[next + 1].Has(NameTokenFlags.Lower)
            || !tokens[next].Has(NameTokenFlags.SpaceBefore) || tokens[next].Has(NameTokenFlags.AllCaps) || tokens[previous].Has(NameTokenFlags.Possessive)
            || tokens[next].Length > 5 || tokens[next + 1].Length > 5 || (Flags(tokenizer, next) & ~(LexemeFlags.GivenName | LexemeFlags.Common)) != LexemeFlags.None)
        {
            return false;
        }

        var syllable = tokenizer.Text(next + 1);
        return !syllable.EndsWith("ed", StringComparison.Ordinal) && syllable is not ("run" or "led" or "era" or "born" or "made" or "style" or "like"
            or "owned" or "based" or "wide" or "free" or "only" or "level" or "class" or "month" or "year" or "day" or "week" or "old" or "long" or "term");
    }

    /// <summary>
    /// Whether the sequence is one unknown word opening a sentence: before "of" it is an ordinary word (Fans of Al Ahly,
    /// Shares of Qarvex), not the head of a name.
    /// </summary>
    private bool IsOpeningWordAlone(NameTokenizer tokenizer, int first, int last)
        => first == last && tokenizer.Tokens[first].Has(NameTokenFlags.SentenceStart) && _gazetteer.Find(tokenizer, first) is null;

    /// <summary>Whether a possessive at <paramref name="index"/> is inside a name because an organisation head follows (People's Party, Workers' Union).</summary>
    private bool IsPossessiveInName(NameTokenizer tokenizer, int index)
        => index + 1 < tokenizer.Tokens.Length && tokenizer.Tokens[index + 1].Has(NameTokenFlags.SpaceBefore) && tokenizer.Tokens[index + 1].IsCapitalized
            && (Flags(tokenizer, index + 1) & LexemeFlags.OrganizationHead) != 0;

    /// <summary>
    /// Whether a title word at <paramref name="next"/> right after a given name is that person's surname (Kevin King, Anna
    /// Bishop): a title comes before a name, never after a given name, and no capitalised word follows it.
    /// </summary>
    private bool IsTitleAsSurname(NameTokenizer tokenizer, int previous, int next)
    {
        var tokens = tokenizer.Tokens;
        if ((Flags(tokenizer, previous) & LexemeFlags.GivenName) == 0 || tokens[previous].Has(NameTokenFlags.Possessive)
            || (next + 1 < tokens.Length && tokens[next + 1].IsJoined && tokens[next + 1].IsCapitalized))
        {
            return false;
        }

        var (length, lexeme) = LongestMatch(tokenizer, next);
        return length == 1 && lexeme is not null && lexeme.Entry is null && lexeme.Has(LexemeFlags.Title) && !lexeme.Has(LexemeFlags.Demonym);
    }

    /// <summary>Whether a title word at <paramref name="index"/> stands alone, as a surname would (King said), not before a name or after "the".</summary>
    private static bool IsLoneTitleWord(NameTokenizer tokenizer, int index)
    {
        var tokens = tokenizer.Tokens;
        if (tokens[index].Has(NameTokenFlags.AllCaps) || (index + 1 < tokens.Length && tokens[index + 1].IsJoined && tokens[index + 1].IsCapitalized))
        {
            return false;
        }

        return index == 0 || !tokens[index].Has(NameTokenFlags.SpaceBefore) || !tokens[index - 1].Has(NameTokenFlags.Lower)
            || tokenizer.Text(index - 1) is not ("the" or "a" or "an" or "its" or "his" or "her" or "their" or "former" or "new");
    }

    /// <summary>
    /// Whether the name at <paramref name="first"/> follows a role noun and "at" (analysts at, a partner at), or a founder,
    /// leader or spokesman and "of" (co-founder and CEO of): where people work or what they lead is a body.
    /// </summary>
    private static bool IsWorkplace(NameTokenizer tokenizer, int first)
    {
        var tokens = tokenizer.Tokens;
        return first > 1 && tokens[first].Has(NameTokenFlags.SpaceBefore) && tokens[first - 1].Has(NameTokenFlags.SpaceBefore)
            && ((tokenizer.Text(first - 1) is "at" && (PersonCues.IsRoleBefore(tokenizer.Text(first - 2)) || IsStaffNoun(tokenizer.Text(first - 2))))
                || (tokenizer.Text(first - 1) is "of" && OrganizationCues.IsLeaderOf(tokenizer.Text(first - 2))));
    }

    /// <summary>Whether a plural noun names the people a body employs (workers at, engineers at): where they work is the body.</summary>
    private static bool IsStaffNoun(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[16];
        return word.Length <= buffer.Length && buffer[..CueText.ToLower(word, buffer)] is "workers" or "employees" or "staff" or "executives"
            or "engineers" or "researchers" or "scientists" or "economists" or "bankers" or "traders" or "managers" or "staffers";
    }

    /// <summary>
    /// Whether an unknown name of several words stands where a person's name stands: after a role noun (forward, Coach), as
    /// the subject of a speech verb (Ana Ruiz told), after "said" as the quoted speaker (said Ana Ruiz,) or before ", who".
    /// </summary>
    private static bool HasPersonContext(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        if (first > 0 && tokens[first].Has(NameTokenFlags.SpaceBefore) && !tokens[first - 1].Has(NameTokenFlags.Possessive))
        {
            var before = tokenizer.Text(first - 1);

            // 'Cornered' by Ana Ruiz, a novel by Ana Ruiz: "by" names the author of a work, and an unheaded full name after it is one.
            if (PersonCues.IsRoleBefore(before) || before is "by"
                || (PersonCues.IsSpeechVerbBefore(before) && last + 1 < tokens.Length && tokens[last + 1].Punctuation is ',' or '.'))
            {
                return true;
            }
        }

        if (last + 1 >= tokens.Length || tokens[last].Has(NameTokenFlags.Possessive))
        {
            return false;
        }

        var after = tokenizer.Text(last + 1);
        if (first > 0 && tokens[first].Punctuation == ',' && tokens[last + 1].Punctuation == ',' && PersonCues.IsRoleBefore(tokenizer.Text(first - 1)))
        {
            // The authority's chief executive, Boudewijn Siemons, said: a name set off by commas after a role is the role holder.
            return true;
        }

        return (tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && PersonCues.IsSpeechVerbAfter(after))
            || (tokens[last + 1].Punctuation == ',' && (after is "who" || IsPersonAppositive(tokenizer, last + 1)));
    }

    /// <summary>
    /// Whether the words from <paramref name="word"/>, the first after a comma, describe a person: a role, perhaps after an article
    /// (", the founder of", ", partner at") or an age (", a 42-year-old"). English sets such an appositive after a name.
    /// </summary>
    private static bool IsPersonAppositive(NameTokenizer tokenizer, int word)
    {
        var tokens = tokenizer.Tokens;
        var k = word;
        if (k < tokens.Length && tokenizer.Text(k) is "the" or "a" or "an")
        {
            k++;
        }

        if (k < tokens.Length && tokens[k].Has(NameTokenFlags.Lower) && PersonCues.IsRoleBefore(tokenizer.Text(k)))
        {
            return true;
        }

        for (var year = k; year < tokens.Length - 1 && year <= k + 1; year++)
        {
            if (tokenizer.Text(year) is "year" && tokenizer.Text(year + 1) is "old")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the speech verb at <paramref name="verb"/> is followed by what only an organisation says with: "its"
    /// (Qarvex said its profit fell) or a statement or filing (said in a statement, said in a filing).
    /// </summary>
    private static bool SpeaksAsOrganization(NameTokenizer tokenizer, int verb)
    {
        var tokens = tokenizer.Tokens;
        if (!OrganizationCues.IsReportingVerb(tokenizer.Text(verb)) || verb + 1 >= tokens.Length || !tokens[verb + 1].Has(NameTokenFlags.SpaceBefore))
        {
            return false;
        }

        var next = tokenizer.Text(verb + 1);
        return next is "its" || (next is "in" && verb + 3 < tokens.Length && tokenizer.Text(verb + 2) is "a" or "an"
            && tokenizer.Text(verb + 3) is "statement" or "filing" or "release");
    }

    /// <summary>Whether the one word at <paramref name="index"/> is a known place: after a company it names the company's national unit (Safaricom Ethiopia).</summary>
    private bool IsKnownPlaceWord(NameTokenizer tokenizer, int index)
        => LongestMatch(tokenizer, index) is { Length: 1, Lexeme.Entry.Kind: NameKind.Place };
}
