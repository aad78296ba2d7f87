namespace Ingest.Normalizers.Names;

/// <summary>
/// Finds mentions of people, places and organisations in a tokenized document: gazetteer phrases (longest first),
/// then capitalised sequences classified by titles and roles, given names, surname shapes, head words and place cues.
/// Demonyms, titles, ordinary words, handles and adjectival compounds (<c>NATO-backed</c>) are not mentions.
/// </summary>
internal sealed partial class NameMentionFinder
{
    private readonly NameGazetteer _gazetteer;
    private readonly NameBatchRegistry? _registry;

    public NameMentionFinder(NameGazetteer gazetteer, NameBatchRegistry? registry)
    {
        _gazetteer = gazetteer;
        _registry = registry;
    }

    /// <summary>Finds the mentions in <paramref name="tokenizer"/>'s tokens, in document order.</summary>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="authors">The folded names of the document's authors.</param>
    /// <param name="mentions">Receives the mentions.</param>
    /// <param name="work">Counts the work and checks for cancellation.</param>
    public void Find(NameTokenizer tokenizer, IReadOnlyList<string> authors, List<NameCandidate> mentions, NameWork work)
    {
        var tokens = tokenizer.Tokens;
        var lastTitle = -2;
        for (var i = 0; i < tokens.Length; i++)
        {
            work.Step();
            if (!tokens[i].IsCapitalized)
            {
                continue;
            }

            if (DomainNameEnd(tokenizer, i) is var site && site > i)
            {
                // Amazon.com Inc, Booking.com: a name written as a web domain is the company's.
                mentions.Add(new NameCandidate { First = i, Last = site, Kind = NameKind.Organization });
                i = site;
                continue;
            }

            if (AmpersandNameEnd(tokenizer, i) is var firm && firm > i)
            {
                // Procter & Gamble, Faber & Faber Ltd: names joined by an ampersand are a firm's name.
                mentions.Add(new NameCandidate { First = i, Last = firm, Kind = NameKind.Organization });
                i = firm;
                continue;
            }

            var (length, lexeme) = LongestMatch(tokenizer, i);
            if (lexeme is not null && length >= 2 && lexeme.Entry is null)
            {
                if (lexeme.Has(LexemeFlags.Title))
                {
                    lastTitle = i + length - 1;
                }

                if (lexeme.Has(LexemeFlags.Title | LexemeFlags.Demonym | LexemeFlags.Common))
                {
                    i += length - 1;
                    continue;
                }
            }

            if (lexeme?.Entry is { Kind: not null } entry
                && !(length == 1 && (lexeme.Has(LexemeFlags.GivenName) || IsRoleBefore(tokenizer, i)) && StartsUnknownName(tokenizer, i + 1)))
            {
                var end = i + length - 1;
                var organizationEnd = OrganizationEnd(tokenizer, end);
                if (organizationEnd > end)
                {
                    // A known name that starts a longer organisation name: Manchester United, Toyota Motor Corp, Kenya Airways.
                    mentions.Add(new NameCandidate { First = i, Last = organizationEnd, Kind = NameKind.Organization });
                    i = organizationEnd;
                    continue;
                }

                if (entry.Kind == NameKind.Place && PlaceNameEnd(tokenizer, end) is var facility && facility > end)
                {
                    // A known place that starts a longer place name: Cairo International Stadium, Lagos State.
                    mentions.Add(new NameCandidate { First = i, Last = facility, Kind = NameKind.Place });
                    i = facility;
                    continue;
                }

                var kind = entry.Kind.Value;
                if (kind == NameKind.Organization && !lexeme.Has(LexemeFlags.GivenName) && IsUnitName(tokenizer, end)
                    && !(i > 0 && PersonCues.IsRoleBefore(tokenizer.Text(i - 1))))
                {
                    // A known organisation and an unknown capitalised word name its unit or brand: Norvel Labs, Google DeepMind.
                    mentions.Add(new NameCandidate { First = i, Last = end + 1, Kind = NameKind.Organization });
                    i = end + 1;
                    continue;
                }

                if (kind == NameKind.Place && lexeme.Has(LexemeFlags.City) && TeamNameEnd(tokenizer, end) is var team && team > end)
                {
                    // A city and a capitalised plural names its team: Boston Celtics, Toronto Raptors.
                    mentions.Add(new NameCandidate { First = i, Last = team, Kind = NameKind.Organization });
                    i = team;
                    continue;
                }

                if (kind == NameKind.Place && lexeme.Has(LexemeFlags.City) && (ActsAsGovernment(tokenizer, i, end) || IsJoinedToGovernment(tokenizer, end)))
                {
                    // A city that speaks or acts stands for its government: Washington said, Beijing has criticised.
                    kind = NameKind.Organization;
                }

                if (kind == NameKind.Place && (IsInContest(tokenizer, i, end) || (lexeme.Has(LexemeFlags.City) && HasTeamCue(tokenizer, i, end))))
                {
                    // A place that beats or is beaten is its team (Atlanta beat Boston); a city with a coach or fans is its club.
                    kind = NameKind.Organization;
                }

                if (kind == NameKind.Place && IsPlaceAsCompany(tokenizer, i, end))
                {
                    // Shares of Salzburg, Medina's chief executive: a company that bears a place's name.
                    kind = NameKind.Organization;
                }

                mentions.Add(new NameCandidate { First = i, Last = end, Kind = kind, Entry = entry });
                i = end;
                continue;
            }

            if (IsAdjectivalCompound(tokenizer, i))
            {
                continue;
            }

            if (length == 1 && lexeme is not null && lexeme.Has(LexemeFlags.Title | LexemeFlags.Demonym)
                && (!lexeme.Has(LexemeFlags.GivenName) || !StartsUnknownName(tokenizer, i + 1)))
            {
                if (lexeme.Has(LexemeFlags.Title))
                {
                    lastTitle = i;
                    if (IsLoneTitleWord(tokenizer, i))
                    {
                        // King said: a title word alone may be the surname of Kevin King named earlier; kept only if one was.
                        mentions.Add(new NameCandidate { First = i, Last = i, Kind = NameKind.Person, Pending = true });
                    }
                }

                continue;
            }

            // An unknown capitalised sequence: extend over capitalised tokens and inner particles.
            var j = i;
            while (j + 1 < tokens.Length && tokens[j + 1].IsJoined && (!tokens[j].Has(NameTokenFlags.Possessive) || IsPossessiveInName(tokenizer, j)))
            {
                work.Step();
                var next = j + 1;
                if (tokens[next].IsCapitalized && IsHyphenatedGivenName(tokenizer, j, next))
                {
                    // Lee Jae-myung, Lin Mei-hua: a two-syllable given name written with a hyphen after the family name.
                    j = next + 1;
                    continue;
                }

                if (tokens[next].IsCapitalized)
                {
                    if ((StartsKnown(tokenizer, next) && !IsTitleAsSurname(tokenizer, j, next)
                            && !(IsDemonymInsideName(tokenizer, next) && _gazetteer.Find(tokenizer, j) is null))
                        || IsAdjectivalCompound(tokenizer, next))
                    {
                        break;
                    }

                    j = next;
                    continue;
                }

                if (IsOrganizationHead(tokenizer, j) && OfChainEnd(tokenizer, j) is var headChain && headChain > j)
                {
                    // Reserve Bank of India, International Committee of the Red Cross, Ministry of Fisheries and Forestry.
                    j = headChain;
                    continue;
                }

                if (next + 1 < tokens.Length && tokens[next + 1].IsCapitalized && tokens[next + 1].IsJoined
                    && (tokenizer.Text(next) is "of" && !IsPersonSoFar(tokenizer, i, j) && !IsOpeningWordAlone(tokenizer, i, j) || (tokenizer.Text(next) is "the" && tokenizer.Text(j) is "of")
                        || (_gazetteer.Find(tokenizer, next) is { } p && p.Has(LexemeFlags.Particle)))
                    && !StartsKnown(tokenizer, next + 1)
                    && !(OrganizationCues.IsClubPrefix(tokenizer.Text(next + 1)) && next + 2 < tokens.Length && StartsKnown(tokenizer, next + 2)))
                {
                    j = next + 1;
                    continue;
                }

                if (OrganizationCues.Is(tokenizer.Text(next), "plc"))
                {
                    j = next;
                }

                break;
            }

            if (j == i && j + 1 < tokens.Length && tokens[j + 1].IsJoined && OrganizationCues.IsClubPrefix(tokenizer.Text(i))
                && (tokens[i].Has(NameTokenFlags.AllCaps) || tokens[i].Length > 3)
                && LongestMatch(tokenizer, j + 1) is { Lexeme.Entry.Kind: NameKind.Place } city)
            {
                // Real Madrid, FC Porto, Inter Milan: a club of a known place.
                mentions.Add(new NameCandidate { First = i, Last = j + city.Length, Kind = NameKind.Organization });
                i = j + city.Length;
                continue;
            }

            if (j == i && j + 1 < tokens.Length && tokens[j + 1].IsJoined && IsPlacePrefix(tokenizer.Text(i))
                && LongestMatch(tokenizer, j + 1) is { Lexeme.Entry.Kind: NameKind.Place } place)
            {
                // East Ukraine, South Transcaucasia: a part of a known place.
                mentions.Add(new NameCandidate { First = i, Last = j + place.Length, Kind = NameKind.Place });
                i = j + place.Length;
                continue;
            }

            Classify(tokenizer, i, j, lastTitle == i - 1, authors, mentions);
            i = j;
        }

        ResolvePending(tokenizer, mentions, work);
    }

    private void Classify(NameTokenizer tokenizer, int first, int last, bool titleBefore, IReadOnlyList<string> authors, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;

        var written = first;

        // Leading ordinary words (The, In, Over) are not part of a name.
        while (first <= last && Flags(tokenizer, first) is var f && (f & LexemeFlags.Common) != 0 && ((f & LexemeFlags.GivenName) == 0 || first == last))
        {
            first++;
            titleBefore = false;
        }

        while (last >= first && tokens[last].Has(NameTokenFlags.Lower) && !OrganizationCues.IsDesignator(tokenizer.Text(last))
            && !(last > first && tokens[last].Has(NameTokenFlags.HyphenBefore) && tokens[last - 1].IsCapitalized))
        {
            last--;
        }

        if (first > last)
        {
            return;
        }

        // Head words: "... Party", "Ministry of ...", "... Sea", "Republic of ...".
        var head = last;
        for (var k = first + 1; k <= last; k++)
        {
            if (tokens[k].Has(NameTokenFlags.Lower) && IsConnector(tokenizer.Text(k)))
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
        if ((headFlags & LexemeFlags.OrganizationHead) != 0 && !(firstIsGiven && last - first == 1))
        {
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

            return;
        }

        if ((headFlags & LexemeFlags.PlaceHead) != 0 && last > first && !HasTeamCue(tokenizer, first, last))
        {
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Place });
            return;
        }

        // Capitalised ordinary words of headings and sentence starts (Results, Conflict, Military); a particle that opens a
        // surname stays (De Jong said, after Sanne de Jong wrote "de" in lower case).
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

        firstIsGiven = (Flags(tokenizer, first) & LexemeFlags.GivenName) != 0;
        var key = tokenizer.Key(first, last);
        var isAuthor = false;
        foreach (var author in authors)
        {
            isAuthor |= key.SequenceEqual(author);
        }

        var lastLexeme = _gazetteer.Find(tokenizer, last);
        var surnameShape = HasSurnameShape(tokenizer.Key(last), tokenizer.Text(last));
        titleBefore |= IsTitleBefore(tokenizer, first);
        if (count > 1 && !firstIsGiven && surnameShape && !titleBefore && first > 0 && tokenizer.Text(first - 1).SequenceEqual("of"))
        {
            first = last;
            count = 1;
        }

        if (!firstIsGiven && !titleBefore && !isAuthor
            && (IsWorkplace(tokenizer, first) || (count > 1 && (HasCompanyAppositive(tokenizer, last) || HasTeamCue(tokenizer, first, last)))))
        {
            // Analysts at Kelvar Capital, a partner at Ostrow: where people work is an organisation, not a place.
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization });
            return;
        }

        if (count > 1 && !firstIsGiven && !titleBefore && !isAuthor && HasPlaceCue(tokenizer, first, last))
        {
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Place });
            return;
        }

        if (!titleBefore && !isAuthor && last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore)
            && !tokens[last].Has(NameTokenFlags.Possessive) && tokenizer.Text(last + 1) is "network" or "militia" or "faction" or "group")
        {
            // The Haqqani network, the Wagner group: a name that labels an organisation is not the person it names.
            mentions.Add(new NameCandidate { First = first, Last = last + 1, Kind = NameKind.Organization });
            return;
        }

        if (!firstIsGiven && !titleBefore && !isAuthor && HasOrganizationCue(tokenizer, first, last))
        {
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization, ByRole = count == 1 });
            return;
        }

        if (count is > 1 and <= 3 && !titleBefore && !isAuthor && HasCapitalsWord(tokenizer, first, last))
        {
            // CMA CGM, IG Metall, Fox-IT: a word in capitals makes the name a body's or a firm's, not a person's.
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Organization });
            return;
        }

        var person = isAuthor
            || titleBefore
            || particles > 0
            || (firstIsGiven && (count > 1 || !tokens[first].Has(NameTokenFlags.AllCaps)))
            || surnameShape
            || (lastLexeme is not null && lastLexeme.Has(LexemeFlags.Surname));
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
            if (HasPlaceCue(tokenizer, first, last) || (tokens[first].Has(NameTokenFlags.BreakBefore) && IsDateline(tokenizer, last)))
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
    /// Confirms or drops the guesses: a lone word that is the given name or surname of a person named in full
    /// elsewhere in the document is that person; a lone word next to a place in a list of places is a place.
    /// </summary>
    private void ResolvePending(NameTokenizer tokenizer, List<NameCandidate> mentions, NameWork work)
    {
        // The first and last words of the people named in full, by hash: a document has hundreds of guesses and
        // mentions, and comparing every pair was quadratic in the document's length.
        var fullNameWords = new FullNameWords();
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        MarkShortForms(tokenizer, mentions, organizations);
        MarkTeamCities(tokenizer, mentions);
        MarkCompanyPlaces(tokenizer, mentions);
        var organizationFirstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in mentions)
        {
            work.Step();
            fullNameWords.Add(tokenizer, other);
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            work.Step();
            if (mentions[m].ByRole && fullNameWords.Contains(tokenizer, mentions[m].First))
            {
                // Restrepo beat Nakamura: a player named in full elsewhere, not a team.
                mentions[m] = mentions[m] with { Kind = NameKind.Person, ByRole = false };
            }
        }

        foreach (var other in mentions)
        {
            if (other.Kind == NameKind.Organization && other.Entry is null)
            {
                organizations.Add(tokenizer.Key(other.First, other.Last).ToString());
                if (other.Count > 1 && !IsOrdinary(tokenizer, other.First) && _gazetteer.Find(tokenizer, other.First) is null)
                {
                    organizationFirstWords.Add(tokenizer.Key(other.First).ToString());
                }
            }
        }

        var kept = 0;
        for (var m = 0; m < mentions.Count; m++)
        {
            work.Step();
            var candidate = mentions[m];
            if (candidate.Entry is null && candidate.Kind != NameKind.Organization && organizations.Count > 0
                && IsOrganizationNamedElsewhere(tokenizer, candidate, organizations, organizationFirstWords))
            {
                // A name the document calls an organisation elsewhere is one here too (Mistral ... Mistral AI's).
                candidate.Kind = NameKind.Organization;
                candidate.Pending = false;
                candidate.Surname = null;
            }

            if (candidate.Pending)
            {
                if (!Confirm(tokenizer, mentions, m, kept, fullNameWords, ref candidate, work))
                {
                    continue;
                }

                fullNameWords.Add(tokenizer, candidate);
            }

            mentions[kept++] = candidate;
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>
    /// Decides a guess at <paramref name="index"/>; the mentions before <paramref name="kept"/> are the ones kept so far
    /// and those after <paramref name="index"/> are still to be decided.
    /// </summary>
    private bool Confirm(NameTokenizer tokenizer, List<NameCandidate> mentions, int index, int kept, FullNameWords fullNameWords, ref NameCandidate candidate, NameWork work)
    {
        for (var k = candidate.First; k <= candidate.Last; k++)
        {
            work.Step();
            if (fullNameWords.Contains(tokenizer, k))
            {
                candidate.Pending = false;
                return true;
            }
        }

        if (candidate.Count == 1 && _registry is not null && _registry.TryFind(tokenizer.Key(candidate.First), out _, out _))
        {
            // A surname that an earlier document of the batch gave in full.
            candidate.Pending = false;
            return true;
        }

        if (candidate.Count > 1 && candidate.Kind == NameKind.Person && HasPersonContext(tokenizer, candidate.First, candidate.Last))
        {
            candidate.Pending = false;
            return true;
        }

        NameCandidate? before = kept > 0 ? mentions[kept - 1] : null;
        NameCandidate? after = index + 1 < mentions.Count ? mentions[index + 1] : null;

        if (candidate.Count == 1 && IsListedWithPlace(tokenizer, candidate, before, after))
        {
            candidate.Pending = false;
            candidate.Kind = NameKind.Place;
            return true;
        }

        if (before is { Pending: false, Kind: NameKind.Organization } b && candidate.First - b.Last == 2 && tokenizer.Text(candidate.First - 1) is "and"
            && (Flags(tokenizer, candidate.First) & LexemeFlags.GivenName) == 0)
        {
            // Quimbo and Zastra: an unknown name joined by "and" to an organisation is one of the same kind.
            candidate.Pending = false;
            candidate.Kind = NameKind.Organization;
            return true;
        }

        return false;
    }

    private static bool IsOrganizationNamedElsewhere(NameTokenizer tokenizer, in NameCandidate candidate, HashSet<string> organizations, HashSet<string> firstWords)
    {
        // Looked up by span: a document has hundreds of mentions and a string for each would be garbage.
        var key = tokenizer.Key(candidate.First, candidate.Last);
        return SpanKeys.Contains(organizations, key)
            || (candidate.Count == 1 && (candidate.Pending || candidate.Kind == NameKind.Place) && SpanKeys.Contains(firstWords, key));
    }

    private static bool IsListedWithPlace(NameTokenizer tokenizer, in NameCandidate candidate, NameCandidate? before, NameCandidate? after)
    {
        var tokens = tokenizer.Tokens;
        if (before is { Pending: false, Kind: NameKind.Place } b)
        {
            var between = candidate.First - b.Last;
            if ((between == 1 && tokens[candidate.First].Punctuation == ',')
                || (between == 2 && tokenizer.Text(candidate.First - 1).SequenceEqual("and")))
            {
                return true;
            }
        }

        if (after is { Pending: false, Kind: NameKind.Place } a)
        {
            var between = a.First - candidate.Last;
            if ((between == 1 && tokens[a.First].Punctuation == ',')
                || (between == 2 && tokenizer.Text(candidate.Last + 1).SequenceEqual("and")))
            {
                return true;
            }
        }

        return false;
    }

    private (int Length, NameLexeme? Lexeme) LongestMatch(NameTokenizer tokenizer, int first)
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
            if (IsOrganizationHead(tokenizer, next))
            {
                end = k;
            }
        }

        return end < 0 ? -1 : Math.Max(end, OfChainEnd(tokenizer, end));
    }

    private static bool IsInContest(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        var after = last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && !tokens[last].Has(NameTokenFlags.Possessive)
            && OrganizationCues.IsContestVerbAfter(tokenizer.Text(last + 1));
        var before = first > 0 && tokens[first].Has(NameTokenFlags.SpaceBefore) && OrganizationCues.IsContestVerbBefore(tokenizer.Text(first - 1));
        return after || before;
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
            var known = lexeme?.Entry is not null;
            end = known ? name + length - 1 : name;
            end = ChainWordsEnd(tokenizer, end, allowAnd: !known);
        }

        return end;
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
                || (before is "in" or "of" && first > 1 && tokenizer.Text(first - 2) is "shares" or "stake" or "stakes" or "shareholders" or "fans" or "supporters" or "customers" or "employees"))
            {
                return true;
            }

            if (before is "the" && !tokens[first].Has(NameTokenFlags.AllCaps) 
                && (first == last ? tokenizer.Text(first) is [.., 's'] : !tokens[last].Has(NameTokenFlags.HyphenBefore) && IsPluralNickname(tokenizer.Text(last))))
            {
                // The Hawks, the Milwaukee Bucks: "the" and a name ending in a capitalised plural is a team or a band.
                return true;
            }
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

    private static bool HasPlaceCue(NameTokenizer tokenizer, int index, int last)
    {
        var tokens = tokenizer.Tokens;
        if (index > 0 && tokens[index].Has(NameTokenFlags.SpaceBefore))
        {
            var before = tokenizer.Text(index - 1);
            if (before is "in" or "at" or "from" or "near" or "to" or "into" or "across" or "towards" or "toward" or "outside"
                or "via" or "through" or "around" or "inside" or "within" or "entered" or "visited" or "reached")
            {
                return !tokens[index].Has(NameTokenFlags.SentenceStart);
            }

            if (before is "of" && index > 1 && IsPlaceNoun(tokenizer.Text(index - 2)))
            {
                return true;
            }
        }

        if (index > 0 && tokens[index].Punctuation == ',' && IsPlaceNoun(tokenizer.Text(index - 1)))
        {
            return true;
        }

        if (last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && tokens[last + 1].Has(NameTokenFlags.Lower)
            && tokenizer.Text(last + 1) is "region" or "province" or "district" or "oblast" or "city" or "town" or "village" or "county" or "governorate" or "river")
        {
            return true;
        }

        if (last + 3 < tokens.Length && tokens[last + 1].Punctuation == ',' && tokenizer.Text(last + 1) is "a" or "the"
            && IsPlaceNoun(tokenizer.Text(last + 2)))
        {
            return true;
        }

        return false;
    }

    private static bool IsPlaceNoun(ReadOnlySpan<char> key) => key is "city" or "town" or "village" or "region" or "province" or "district"
        or "distrikts" or "districts" or "capital" or "outskirts" or "suburb" or "suburbs" or "port" or "municipality" or "oblast" or "island"
        or "islands" or "provinces" or "regions" or "cities" or "towns" or "villages" or "area" or "areas" or "county" or "republic";

    private static bool IsPlacePrefix(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[16];
        return text.Length <= buffer.Length && IsPlacePrefixWord(buffer[..text.ToLowerInvariant(buffer)]);
    }

    private static bool IsPlacePrefixWord(ReadOnlySpan<char> key) => key is "north" or "south" or "east" or "west" or "northern" or "southern"
        or "eastern" or "western" or "central" or "greater" or "upper" or "lower" or "northeastern" or "northwestern" or "southeastern"
        or "southwestern" or "port" or "fort" or "saint" or "st" or "san" or "santa" or "new" or "mount" or "lake" or "cape" or "el" or "al";

    private static bool IsConnector(ReadOnlySpan<char> key) => key is "of" or "the" or "for" or "and" or "on" or "in" or "at";

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
