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
            if (tokens[i].IsCapitalized)
            {
                i = FindAt(tokenizer, i, authors, mentions, work, ref lastTitle);
            }
        }

        ResolvePending(tokenizer, mentions, work);
    }

    /// <summary>
    /// Adds the mention, if any, that starts at the capitalised token <paramref name="i"/> and returns the last token it
    /// took; <paramref name="lastTitle"/> is the last token of the latest title seen.
    /// </summary>
    private int FindAt(NameTokenizer tokenizer, int i, IReadOnlyList<string> authors, List<NameCandidate> mentions, NameWork work, ref int lastTitle)
    {
        if (AddFirmWrittenAsOne(tokenizer, i, mentions) is var firm && firm > i)
        {
            return firm;
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
                return i + length - 1;
            }
        }

        if (lexeme?.Entry is { Kind: not null } entry
            && !(length == 1 && StartsUnknownName(tokenizer, i + 1) && (lexeme.Has(LexemeFlags.GivenName) || IsRoleBefore(tokenizer, i))))
        {
            return AddKnownName(tokenizer, i, i + length - 1, lexeme, entry, entry.Kind.Value, mentions);
        }

        if (IsAdjectivalCompound(tokenizer, i))
        {
            return i;
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

            return i;
        }

        var j = UnknownSequenceEnd(tokenizer, i, work);
        if (j == i && PrefixedPlaceEnd(tokenizer, i, mentions) is var prefixed && prefixed > i)
        {
            return prefixed;
        }

        Classify(tokenizer, i, j, lastTitle == i - 1, authors, mentions);
        return j;
    }

    /// <summary>
    /// Adds a firm's name written as a web domain or joined by an ampersand at <paramref name="i"/> and returns its last
    /// token; -1 if none.
    /// </summary>
    private static int AddFirmWrittenAsOne(NameTokenizer tokenizer, int i, List<NameCandidate> mentions)
    {
        if (DomainNameEnd(tokenizer, i) is var site && site > i)
        {
            // Amazon.com Inc, Booking.com: a name written as a web domain is the company's.
            mentions.Add(new NameCandidate { First = i, Last = site, Kind = NameKind.Organization });
            return site;
        }

        if (AmpersandNameEnd(tokenizer, i) is var firm && firm > i)
        {
            // Procter & Gamble, Faber & Faber Ltd: names joined by an ampersand are a firm's name.
            mentions.Add(new NameCandidate { First = i, Last = firm, Kind = NameKind.Organization });
            return firm;
        }

        return -1;
    }

    /// <summary>
    /// Adds a known name at <paramref name="first"/>..<paramref name="end"/>, or the longer name it starts, and returns the
    /// last token taken.
    /// </summary>
    private int AddKnownName(NameTokenizer tokenizer, int first, int end, NameLexeme lexeme, GazetteerEntry entry, NameKind kind, List<NameCandidate> mentions)
    {
        var organizationEnd = OrganizationEnd(tokenizer, end);
        if (organizationEnd > end)
        {
            // A known name that starts a longer organisation name: Manchester United, Toyota Motor Corp, Kenya Airways.
            mentions.Add(new NameCandidate { First = first, Last = organizationEnd, Kind = NameKind.Organization });
            return organizationEnd;
        }

        if (kind == NameKind.Place && PlaceNameEnd(tokenizer, end) is var facility && facility > end)
        {
            // A known place that starts a longer place name: Cairo International Stadium, Lagos State.
            mentions.Add(new NameCandidate { First = first, Last = facility, Kind = NameKind.Place });
            return facility;
        }

        if (kind == NameKind.Organization && !lexeme.Has(LexemeFlags.GivenName) && IsUnitName(tokenizer, end)
            && !(first > 0 && PersonCues.IsRoleBefore(tokenizer.Text(first - 1))))
        {
            // A known organisation and an unknown capitalised word name its unit or brand: Norvel Labs, Google DeepMind.
            mentions.Add(new NameCandidate { First = first, Last = end + 1, Kind = NameKind.Organization });
            return end + 1;
        }

        if (kind == NameKind.Place && IsInstitutionAfter(tokenizer, end))
        {
            // A known place and its lower-case institution: Lancashire police, Camden council.
            mentions.Add(new NameCandidate { First = first, Last = end + 1, Kind = NameKind.Organization });
            return end + 1;
        }

        if (kind == NameKind.Place && lexeme.Has(LexemeFlags.City) && TeamNameEnd(tokenizer, end) is var team && team > end)
        {
            // A city and a capitalised plural names its team: Boston Celtics, Toronto Raptors.
            mentions.Add(new NameCandidate { First = first, Last = team, Kind = NameKind.Organization });
            return team;
        }

        var asTeam = kind == NameKind.Place && IsTeamPlace(tokenizer, first, end, lexeme);
        if (asTeam || (kind == NameKind.Place && IsPlaceActingAsOrganization(tokenizer, first, end, lexeme)))
        {
            kind = NameKind.Organization;
        }

        mentions.Add(new NameCandidate { First = first, Last = end, Kind = kind, Entry = entry, AsTeam = asTeam });
        return end;
    }

    /// <summary>
    /// Whether a known place is its team: a place that beats or is beaten is its team (Atlanta beat Boston); a city with a
    /// coach or fans is its club.
    /// </summary>
    private static bool IsTeamPlace(NameTokenizer tokenizer, int first, int end, NameLexeme lexeme)
        => IsInContest(tokenizer, first, end) || (lexeme.Has(LexemeFlags.City) && HasTeamCue(tokenizer, first, end));

    /// <summary>Whether a known place at <paramref name="first"/>..<paramref name="end"/> stands for a government or a company.</summary>
    private bool IsPlaceActingAsOrganization(NameTokenizer tokenizer, int first, int end, NameLexeme lexeme)
    {
        // A city that speaks or acts stands for its government: Washington said, Beijing has criticised.
        if (lexeme.Has(LexemeFlags.City) && (ActsAsGovernment(tokenizer, first, end) || IsJoinedToGovernment(tokenizer, end)))
        {
            return true;
        }

        // Shares of Salzburg, Medina's chief executive: a company that bears a place's name.
        return IsPlaceAsCompany(tokenizer, first, end);
    }

    /// <summary>The last token of an unknown capitalised sequence at <paramref name="i"/>, over capitalised tokens and inner particles.</summary>
    private int UnknownSequenceEnd(NameTokenizer tokenizer, int i, NameWork work)
    {
        var tokens = tokenizer.Tokens;
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
                if (j == i && IsKnownWordAsSurname(tokenizer, i, next))
                {
                    // David Wagner, Paris Hilton: a given name and one capitalised word is a full name, whatever else the word names.
                    j = next;
                    continue;
                }

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

            if (PlaceOfKnownPlaceEnd(tokenizer, j, next) is var placeOf && placeOf > next)
            {
                // Democratic Republic of Congo, Gulf of Oman: a place head and "of" a known place name one place.
                j = placeOf;
                continue;
            }

            if (CoordinatedHeadEnd(tokenizer, i, j, next) is var coordinated && coordinated > next)
            {
                // National Aeronautics and Space Administration: words coordinated by "and" before an organisation head.
                j = coordinated;
                continue;
            }

            if (IsInnerParticle(tokenizer, i, j, next))
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

        return j;
    }

    /// <summary>
    /// Whether the lower-case word at <paramref name="next"/> joins the name <paramref name="i"/>..<paramref name="j"/> to
    /// the capitalised word after it: "of", "the" after "of", or a particle (Bank of Ghana, Ludwig van Beethoven).
    /// </summary>
    private bool IsInnerParticle(NameTokenizer tokenizer, int i, int j, int next)
    {
        var tokens = tokenizer.Tokens;
        return next + 1 < tokens.Length && tokens[next + 1].IsCapitalized && tokens[next + 1].IsJoined
            && (tokenizer.Text(next) is "of" && !IsPersonSoFar(tokenizer, i, j) && !IsOpeningWordAlone(tokenizer, i, j) || (tokenizer.Text(next) is "the" && tokenizer.Text(j) is "of")
                || (_gazetteer.Find(tokenizer, next) is { } p && p.Has(LexemeFlags.Particle)))
            && !StartsKnown(tokenizer, next + 1)
            && !(OrganizationCues.IsClubPrefix(tokenizer.Text(next + 1)) && next + 2 < tokens.Length && StartsKnown(tokenizer, next + 2));
    }

    /// <summary>
    /// Adds a club or a part of a known place named by the lone word at <paramref name="i"/> and the place after it
    /// (Real Madrid, East Ukraine) and returns its last token; -1 if none.
    /// </summary>
    private int PrefixedPlaceEnd(NameTokenizer tokenizer, int i, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;
        if (i + 1 < tokens.Length && tokens[i + 1].IsJoined && OrganizationCues.IsClubPrefix(tokenizer.Text(i))
            && (tokens[i].Has(NameTokenFlags.AllCaps) || tokens[i].Length > 3)
            && LongestMatch(tokenizer, i + 1) is { Lexeme.Entry.Kind: NameKind.Place } city)
        {
            // Real Madrid, FC Porto, Inter Milan: a club of a known place.
            mentions.Add(new NameCandidate { First = i, Last = i + city.Length, Kind = NameKind.Organization });
            return i + city.Length;
        }

        if (i + 1 < tokens.Length && tokens[i + 1].IsJoined && IsPlacePrefix(tokenizer.Text(i))
            && LongestMatch(tokenizer, i + 1) is { Lexeme.Entry.Kind: NameKind.Place } place)
        {
            // East Ukraine, South Transcaucasia: a part of a known place.
            mentions.Add(new NameCandidate { First = i, Last = i + place.Length, Kind = NameKind.Place });
            return i + place.Length;
        }

        return -1;
    }

    /// <summary>
    /// Whether the known one-word name at <paramref name="next"/> is the surname of the given name at <paramref name="given"/>:
    /// the given name names nothing else, and no capitalised word follows (which would make a longer name of the known word).
    /// </summary>
    private bool IsKnownWordAsSurname(NameTokenizer tokenizer, int given, int next)
    {
        var tokens = tokenizer.Tokens;
        if (!tokens[next].Has(NameTokenFlags.SpaceBefore) || tokens[given].Has(NameTokenFlags.Possessive | NameTokenFlags.AllCaps)
            || tokens[next].Has(NameTokenFlags.AllCaps) || (next + 1 < tokens.Length && tokens[next + 1].IsJoined && tokens[next + 1].IsCapitalized)
            || _gazetteer.Find(tokenizer, given) is not { } first || !first.Has(LexemeFlags.GivenName) || first.Entry is not null
            || first.Has(LexemeFlags.Common | LexemeFlags.Title | LexemeFlags.Demonym))
        {
            return false;
        }

        return LongestMatch(tokenizer, next) is { Length: 1, Lexeme: { Entry.Kind: NameKind.Organization or NameKind.Place } known }
            && !known.Has(LexemeFlags.Title | LexemeFlags.Demonym | LexemeFlags.Common);
    }
}
