namespace Ingest.Normalizers.Names;

/// <summary>
/// The classification of unknown capitalised sequences by <see cref="NameMentionFinder"/>: ordinary words trimmed, then
/// head words, context cues and person cues decide between an organisation, a place, a person and a guess.
/// </summary>
internal sealed partial class NameMentionFinder
{
    private void Classify(NameTokenizer tokenizer, int first, int last, bool titleBefore, IReadOnlyList<string> authors, List<NameCandidate> mentions)
    {
        var written = first;
        TrimOrdinaryEdges(tokenizer, ref first, ref last, ref titleBefore);
        if (first == last && tokenizer.Tokens[first].Has(NameTokenFlags.AllCaps) && CommonAcronyms.Is(tokenizer.Text(first)))
        {
            // The AI boom, a GPA of 3.9, 9am AEST: the acronym of an ordinary noun names nothing.
            return;
        }

        if (first > last || (last > first && OrganizationCues.IsAwardHead(tokenizer.Text(last))) || AddByHead(tokenizer, written, first, last, mentions) || AddInstitution(tokenizer, first, last, mentions))
        {
            return;
        }

        TrimOpeningWords(tokenizer, ref first, last, ref titleBefore);
        if (first > last)
        {
            return;
        }

        ClassifyByCues(tokenizer, first, last, titleBefore, authors, mentions);
    }

    /// <summary>
    /// Adds the name and a lower-case institution word after it as one organisation (West Mercia police, Harlow council):
    /// English writes the body a place or an owner runs with its common noun in lower case after the name.
    /// </summary>
    private bool AddInstitution(NameTokenizer tokenizer, int first, int last, List<NameCandidate> mentions)
    {
        if (!IsInstitutionAfter(tokenizer, last) || (Flags(tokenizer, first) & (LexemeFlags.GivenName | LexemeFlags.Title)) != 0)
        {
            return false;
        }

        mentions.Add(new NameCandidate { First = first, Last = last + 1, Kind = NameKind.Organization });
        return true;
    }

    /// <summary>Whether a lower-case institution word (police, council, ministry) follows the name ending at <paramref name="last"/>.</summary>
    private static bool IsInstitutionAfter(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        return last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && tokens[last + 1].Has(NameTokenFlags.Lower)
            && !tokens[last].Has(NameTokenFlags.Possessive) && OrganizationCues.IsInstitutionAfter(tokenizer.Text(last + 1));
    }

    /// <summary>Drops leading ordinary words (The, In, Over) and trailing lower-case words that are not designators.</summary>
    private void TrimOrdinaryEdges(NameTokenizer tokenizer, ref int first, ref int last, ref bool titleBefore)
    {
        var tokens = tokenizer.Tokens;
        while (first <= last && Flags(tokenizer, first) is var f && (f & LexemeFlags.Common) != 0 && ((f & LexemeFlags.GivenName) == 0 || first == last)
            && !IsOpeningParticle(tokenizer, first, last, f))
        {
            first++;
            titleBefore = false;
        }

        while (last >= first && ((tokens[last].Has(NameTokenFlags.Lower) && !OrganizationCues.IsDesignator(tokenizer.Text(last))
            && !(last > first && tokens[last].Has(NameTokenFlags.HyphenBefore) && tokens[last - 1].IsCapitalized))
            || (last > first && IsWeekday(tokenizer.Text(last)))))
        {
            // A weekday after a name is the time of the event (along South Dixie Highway Saturday night), not a word of it.
            last--;
        }
    }

    /// <summary>
    /// Adds the name as an organisation or a place when its head word says so ("... Party", "Ministry of ...", "... Sea",
    /// "Republic of ..."); <paramref name="written"/> is where the sequence started before ordinary words were trimmed.
    /// </summary>
    private bool AddByHead(NameTokenizer tokenizer, int written, int first, int last, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;
        var head = last;
        for (var k = first + 1; k <= last; k++)
        {
            // "and" inside the name coordinates words before its head (Electoral and Boundaries Commission); other connectors end the head.
            if (tokens[k].Has(NameTokenFlags.Lower) && IsConnector(tokenizer.Text(k)) && !tokenizer.Text(k).SequenceEqual("and"))
            {
                head = k - 1;
                break;
            }
        }

        var headFlags = Flags(tokenizer, head);
        if (last > first && OrganizationCues.IsDesignator(tokenizer.Text(last)))
        {
            headFlags |= LexemeFlags.OrganizationHead;
        }

        var firstIsGiven = (Flags(tokenizer, first) & LexemeFlags.GivenName) != 0;
        if ((headFlags & LexemeFlags.OrganizationHead) != 0 && !(firstIsGiven && last - first == 1) && !(last == first && tokenizer.Text(last) is "International"))
        {
            AddHeadedOrganization(tokenizer, written, first, last, mentions);
            return true;
        }

        if ((headFlags & LexemeFlags.PlaceHead) != 0 && last > first && !HasTeamCue(tokenizer, first, last))
        {
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Place });
            return true;
        }

        return false;
    }

    private void AddHeadedOrganization(NameTokenizer tokenizer, int written, int first, int last, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;

        // Inside a sentence, capitalised ordinary words before the head belong to the name (Saudi Press Agency, Grand Museum).
        if (written < first && !tokens[written].Has(NameTokenFlags.SentenceStart) && !OrganizationCues.Is(tokenizer.Text(written), "the"))
        {
            first = written;
        }

        var start = first;
        if (first > 0 && tokens[first].IsJoined && (Flags(tokenizer, first - 1) & LexemeFlags.Demonym) != 0 && tokens[first - 1].IsCapitalized)
        {
            start = first - 1;
        }

        if (last > first || !IsOrdinary(tokenizer, first))
        {
            mentions.Add(new NameCandidate { First = start, Last = last, Kind = NameKind.Organization });
        }
    }

    /// <summary>
    /// Drops the capitalised ordinary words of headings and sentence starts (Results, Conflict, Military), and a role or
    /// verb that opens the sentence before a full name.
    /// </summary>
    private void TrimOpeningWords(NameTokenizer tokenizer, ref int first, int last, ref bool titleBefore)
    {
        var tokens = tokenizer.Tokens;

        // A particle that opens a surname stays (De Jong said, after Sanne de Jong wrote "de" in lower case).
        while (first <= last && IsOrdinary(tokenizer, first) && ((Flags(tokenizer, first) & LexemeFlags.GivenName) == 0 || first == last)
            && !(first < last && (Flags(tokenizer, first) & LexemeFlags.Particle) != 0))
        {
            first++;
            titleBefore = false;
        }

        if (first > last)
        {
            return;
        }

        if (last - first >= 2 && tokens[first].Has(NameTokenFlags.SentenceStart) && (Flags(tokenizer, first) & LexemeFlags.GivenName) == 0
            && ((Flags(tokenizer, first + 1) & LexemeFlags.GivenName) != 0 || PersonCues.IsRoleBefore(tokenizer.Text(first)))
            && _gazetteer.Find(tokenizer, first)?.Entry is null)
        {
            // A role or verb that opens the sentence before a full name (Midfielder Dario Velten) stands where a title would.
            first++;
            titleBefore = true;
        }
    }

    /// <summary>Classifies a name without a head word by the words around it and by what makes it a person's.</summary>
    private void ClassifyByCues(NameTokenizer tokenizer, int first, int last, bool titleBefore, IReadOnlyList<string> authors, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;
        var count = last - first + 1;
        var particles = 0;
        for (var k = first + 1; k < last; k++)
        {
            particles += tokens[k].Has(NameTokenFlags.Lower) ? 1 : 0;
        }

        if (count - particles > 4)
        {
            return;
        }

        var firstIsGiven = (Flags(tokenizer, first) & LexemeFlags.GivenName) != 0;
        var isAuthor = IsAuthor(tokenizer, first, last, authors);
        var lastLexeme = _gazetteer.Find(tokenizer, last);
        var surnameShape = HasSurnameShape(tokenizer.Key(last), tokenizer.Text(last));
        titleBefore |= IsTitleBefore(tokenizer, first);
        if (count > 1 && !firstIsGiven && surnameShape && !titleBefore && first > 0 && tokenizer.Text(first - 1).SequenceEqual("of"))
        {
            first = last;
            count = 1;
        }

        if (!titleBefore && !isAuthor && CategoryBefore(tokenizer, first, last) is { } category
            && (category == NameKind.Person || !HasPersonEvidence(count, firstIsGiven, lastLexeme)))
        {
            // Firms like Velmont, artists such as Orlov: the class named before the example gives its kind.
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = category });
            return;
        }

        if (AddByContext(tokenizer, first, last, count, firstIsGiven, titleBefore || isAuthor, mentions))
        {
            return;
        }

        var person = isAuthor
            || titleBefore
            || particles > 0
            || (firstIsGiven && (count > 1 || !tokens[first].Has(NameTokenFlags.AllCaps)))
            || surnameShape
            || (lastLexeme is not null && lastLexeme.Has(LexemeFlags.Surname))
            || HasLifespanAfter(tokenizer, last);
        AddPersonOrGuess(tokenizer, first, last, person, lastLexeme, mentions);
    }

    /// <summary>
    /// The kind given by a plural category noun before "like", "such as" or "including" right before the name at
    /// <paramref name="first"/> (VCs like Sequoia); null when there is none.
    /// </summary>
    private static NameKind? CategoryBefore(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        if (first < 2 || !tokens[first].Has(NameTokenFlags.SpaceBefore) || !tokens[first - 1].Has(NameTokenFlags.SpaceBefore))
        {
            return null;
        }

        var link = tokenizer.Text(first - 1);
        var noun = link is "including" || (link is "like" && EndsItsPhrase(tokenizer, last)) ? first - 2
            : link is "as" && first > 2 && tokenizer.Text(first - 2) is "such" && tokens[first - 2].Has(NameTokenFlags.SpaceBefore) ? first - 3
            : -1;
        return noun >= 0 ? CategoryCues.KindOf(tokenizer.Text(noun)) : null;
    }

    /// <summary>
    /// Whether the name ending at <paramref name="last"/> closes its phrase (a mark, "and", "or" or the end of the text
    /// follows): "like" is also a verb (players like Brentford because ...), and only an example in a list or at a
    /// phrase's end reads as "such as".
    /// </summary>
    private static bool EndsItsPhrase(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        return last + 1 >= tokens.Length || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore) || tokens[last + 1].Punctuation != '\0'
            || tokenizer.Text(last + 1) is "and" or "or";
    }

    /// <summary>
    /// Whether the name itself reads as a person's, which a category noun before it does not overrule: a known given name
    /// opening a name of several words, or a known surname closing it.
    /// </summary>
    private static bool HasPersonEvidence(int count, bool firstIsGiven, NameLexeme? lastLexeme)
        => (firstIsGiven && count > 1) || (lastLexeme is not null && lastLexeme.Has(LexemeFlags.Surname));

    private static bool IsAuthor(NameTokenizer tokenizer, int first, int last, IReadOnlyList<string> authors)
    {
        var key = tokenizer.Key(first, last);
        var isAuthor = false;
        foreach (var author in authors)
        {
            isAuthor |= key.SequenceEqual(author);
        }

        return isAuthor;
    }

    /// <summary>
    /// Adds the name as an organisation or a place when the words around it say so; <paramref name="named"/> is whether a
    /// title before it or the document's authors already make it a person.
    /// </summary>
    private static bool AddByContext(NameTokenizer tokenizer, int first, int last, int count, bool firstIsGiven, bool named, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;
        if (!named && IsScoreSide(tokenizer, first, last))
        {
            // Chelsea 0 – 1 Arlen: a side of a score is a team even when its name is also a given name.
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization });
            return true;
        }

        if (!named && count == 1 && IsInnerCapitalWord(tokenizer.Text(first)) && IsProseWord(tokenizer, first))
        {
            // TechCrunch, MercadoLibre, BeyondSquare: two words written as one with a capital inside name a firm or a brand;
            // people's names of this shape open with a short particle (McBride, DuBois, MacArthur) and places' never.
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization });
            return true;
        }

        if (!firstIsGiven && !named
            && (IsWorkplace(tokenizer, first) || (count > 1 && (HasCompanyAppositive(tokenizer, last) || HasTeamCue(tokenizer, first, last)))))
        {
            // Analysts at Kelvar Capital, a partner at Ostrow: where people work is an organisation, not a place.
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization });
            return true;
        }

        if (count > 1 && !firstIsGiven && !named && HasPlaceCue(tokenizer, first, last))
        {
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Place });
            return true;
        }

        if (!named && last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore)
            && !tokens[last].Has(NameTokenFlags.Possessive) && tokenizer.Text(last + 1) is "network" or "militia" or "faction" or "group")
        {
            // The Haqqani network, the Wagner group: a name that labels an organisation is not the person it names.
            mentions.Add(new NameCandidate { First = first, Last = last + 1, Kind = NameKind.Organization });
            return true;
        }

        if (!firstIsGiven && !named && HasOrganizationCue(tokenizer, first, last))
        {
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization, ByRole = count == 1 });
            return true;
        }

        if (!firstIsGiven && !named && TakesPluralVerb(tokenizer, first, last))
        {
            // Corvane are back: a weak cue, so it names this mention only and not the name's other mentions.
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization, ByRole = count == 1, Local = true });
            return true;
        }

        if (count is > 1 and <= 3 && !named && HasCapitalsWord(tokenizer, first, last))
        {
            // CMA CGM, IG Metall, Fox-IT: a word in capitals makes the name a body's or a firm's, not a person's.
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization });
            return true;
        }

        return false;
    }

    /// <summary>Adds a person, a lone place or acronym, or else a guess that <see cref="ResolvePending"/> decides.</summary>
    private static void AddPersonOrGuess(NameTokenizer tokenizer, int first, int last, bool person, NameLexeme? lastLexeme, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;
        var count = last - first + 1;
        if (count == 1 && tokenizer.Text(first).ContainsAnyInRange('0', '9'))
        {
            // Q2, H1, A380: a word with digits in it is a code (a quarter, a model, a series), not a person or a place.
            return;
        }

        if (person && !tokens[first].Has(NameTokenFlags.AllCaps))
        {
            mentions.Add(new NameCandidate
            {
                First = first,
                Last = last,
                Kind = NameKind.Person,
                Surname = count == 1 && lastLexeme is not null && lastLexeme.Has(LexemeFlags.Surname) ? lastLexeme : null,
            });
            return;
        }

        if (count == 1)
        {
            var dateline = tokens[first].Has(NameTokenFlags.BreakBefore) && IsDateline(tokenizer, last);
            if (!dateline && tokens[first].Has(NameTokenFlags.AllCaps) && tokens[first].Length is >= 2 and <= 6 && HasCapitalsWord(tokenizer, first, last))
            {
                // Regulators at FINRA: an unknown word in capitals inside mixed-case text is an acronym, and acronyms not
                // known as places name bodies (known places in capitals, UK or UAE, are found by the gazetteer).
                mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization });
                return;
            }

            if (HasPlaceCue(tokenizer, first, last) || dateline)
            {
                mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Place });
                return;
            }

            if (tokens[first].Has(NameTokenFlags.AllCaps) && tokens[first].Length <= 6)
            {
                mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization });
                return;
            }
        }

        mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Person, Pending = true });
    }

    /// <summary>
    /// Whether the word stands in running text, not in code or data: no straight quote, underscore or period right before
    /// it, and after it a space, a mark that ends a phrase, or the end. Identifiers (<c>"TypeName":</c>,
    /// <c>DateRange.Parse</c>) share the shape of firms' names but are written inside such marks.
    /// </summary>
    private static bool IsProseWord(NameTokenizer tokenizer, int index)
    {
        var before = index > 0 ? tokenizer.GapAfter(index - 1) : [];
        if (before.Length > 0 && before[^1] is '"' or '_' or '.' or '<' or '`')
        {
            return false;
        }

        var after = tokenizer.GapAfter(index);
        return after.Length == 0 || char.IsWhiteSpace(after[0])
            || ((after[0] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '\u2019') && (after.Length > 1 ? char.IsWhiteSpace(after[1]) : index + 1 == tokenizer.Tokens.Length));
    }

    /// <summary>
    /// Whether a word is two capitalised words of three or more letters written as one (TechCrunch, not SaaS, GmbH, McBride
    /// or DuBois), the first not a surname prefix (MacArthur, FitzGerald), with no capital, digit or mark after the second's.
    /// </summary>
    private static bool IsInnerCapitalWord(ReadOnlySpan<char> word)
    {
        var inner = -1;
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k]))
            {
                if (inner >= 0)
                {
                    return false;
                }

                inner = k;
            }
            else if (!char.IsLower(word[k]))
            {
                return false;
            }
        }

        return inner >= 3 && word.Length - inner >= 3 && char.IsUpper(word[0]) && word[..inner] is not ("Mac" or "Fitz" or "Van" or "Von" or "Del" or "Della" or "Des");
    }

    /// <summary>
    /// Whether a lifespan in brackets follows the name (Ilse Varga (1901-1987)): English gives the years of birth and
    /// death of a person, never of a place or a body, in this form.
    /// </summary>
    private static bool HasLifespanAfter(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        var born = last + 1;
        return born + 1 < tokens.Length && tokens[born].Punctuation == '(' && !tokens[last].Has(NameTokenFlags.Possessive)
            && tokens[born].Has(NameTokenFlags.Digit) && tokens[born].Length == 4 && tokens[born + 1].Has(NameTokenFlags.Digit) && tokens[born + 1].Length == 4
            && tokenizer.GapAfter(born).Trim() is "-" or "–" or "—" && tokenizer.CharAfter(born + 1) == ')';
    }

    /// <summary>
    /// Whether a particle written as such opens the name (Al Hilal, El Geneina): its folded key may equal an ordinary word's
    /// (al and all fold alike), but a particle before more words of the name belongs to it.
    /// </summary>
    private static bool IsOpeningParticle(NameTokenizer tokenizer, int first, int last, LexemeFlags flags)
        => first < last && (flags & LexemeFlags.Particle) != 0 && tokenizer.Text(first).Length == tokenizer.Key(first).Length;

    private static bool IsWeekday(ReadOnlySpan<char> word)
        => word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    private static bool IsConnector(ReadOnlySpan<char> key) => key is "of" or "the" or "for" or "and" or "on" or "in" or "at";
}
