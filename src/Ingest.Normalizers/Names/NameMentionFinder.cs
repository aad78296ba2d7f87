namespace Ingest.Normalizers.Names;

/// <summary>
/// Finds mentions of people, places and organisations in a tokenized document: gazetteer phrases (longest first),
/// then capitalised sequences classified by titles and roles, given names, surname shapes, head words and place cues.
/// Demonyms, titles, ordinary words, handles and adjectival compounds (<c>NATO-backed</c>) are not mentions.
/// </summary>
internal sealed class NameMentionFinder
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
                && !(length == 1 && lexeme.Has(LexemeFlags.GivenName) && StartsUnknownName(tokenizer, i + 1)))
            {
                mentions.Add(new NameCandidate { First = i, Last = i + length - 1, Kind = entry.Kind.Value, Entry = entry });
                i += length - 1;
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
                }

                continue;
            }

            // An unknown capitalised sequence: extend over capitalised tokens and inner particles.
            var j = i;
            while (j + 1 < tokens.Length && tokens[j + 1].IsJoined && !tokens[j].Has(NameTokenFlags.Possessive))
            {
                work.Step();
                var next = j + 1;
                if (tokens[next].IsCapitalized)
                {
                    if (StartsKnown(tokenizer, next) || IsAdjectivalCompound(tokenizer, next))
                    {
                        break;
                    }

                    j = next;
                    continue;
                }

                if (next + 1 < tokens.Length && tokens[next + 1].IsCapitalized && tokens[next + 1].IsJoined
                    && (tokenizer.Key(next) is "of" || (tokenizer.Key(next) is "the" && tokenizer.Key(j) is "of")
                        || (_gazetteer.Find(tokenizer, next) is { } p && p.Has(LexemeFlags.Particle)))
                    && !StartsKnown(tokenizer, next + 1))
                {
                    j = next + 1;
                    continue;
                }

                break;
            }

            if (j == i && j + 1 < tokens.Length && tokens[j + 1].IsJoined && IsPlacePrefix(tokenizer.Key(i))
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

        // Leading ordinary words (The, In, Over) are not part of a name.
        while (first <= last && Flags(tokenizer, first) is var f && (f & LexemeFlags.Common) != 0 && ((f & LexemeFlags.GivenName) == 0 || first == last))
        {
            first++;
            titleBefore = false;
        }

        while (last >= first && tokens[last].Has(NameTokenFlags.Lower))
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
            if (tokens[k].Has(NameTokenFlags.Lower) && IsConnector(tokenizer.Key(k)))
            {
                head = k - 1;
                break;
            }
        }

        var headFlags = Flags(tokenizer, head);
        var firstIsGiven = (Flags(tokenizer, first) & LexemeFlags.GivenName) != 0;
        if ((headFlags & LexemeFlags.OrganizationHead) != 0 && !(firstIsGiven && last - first == 1))
        {
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

        if ((headFlags & LexemeFlags.PlaceHead) != 0 && last > first)
        {
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Place });
            return;
        }

        // Capitalised ordinary words of headings and sentence starts (Results, Conflict, Military).
        while (first <= last && IsOrdinary(tokenizer, first) && ((Flags(tokenizer, first) & LexemeFlags.GivenName) == 0 || first == last))
        {
            first++;
            titleBefore = false;
        }

        if (first > last)
        {
            return;
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
        if (count > 1 && !firstIsGiven && surnameShape && !titleBefore && first > 0 && tokenizer.Key(first - 1).SequenceEqual("of"))
        {
            first = last;
            count = 1;
        }

        if (count > 1 && !firstIsGiven && !titleBefore && !isAuthor && HasPlaceCue(tokenizer, first, last))
        {
            mentions.Add(new NameCandidate { First = first, Last = last, Kind = NameKind.Place });
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
            if (HasPlaceCue(tokenizer, first, last))
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
        foreach (var other in mentions)
        {
            work.Step();
            fullNameWords.Add(tokenizer, other);
        }

        var kept = 0;
        for (var m = 0; m < mentions.Count; m++)
        {
            work.Step();
            var candidate = mentions[m];
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

        NameCandidate? before = kept > 0 ? mentions[kept - 1] : null;
        NameCandidate? after = index + 1 < mentions.Count ? mentions[index + 1] : null;
        if (candidate.Count == 1 && IsListedWithPlace(tokenizer, candidate, before, after))
        {
            candidate.Pending = false;
            candidate.Kind = NameKind.Place;
            return true;
        }

        return false;
    }

    private static bool IsListedWithPlace(NameTokenizer tokenizer, in NameCandidate candidate, NameCandidate? before, NameCandidate? after)
    {
        var tokens = tokenizer.Tokens;
        if (before is { Pending: false, Kind: NameKind.Place } b)
        {
            var between = candidate.First - b.Last;
            if ((between == 1 && tokens[candidate.First].Punctuation == ',')
                || (between == 2 && tokenizer.Key(candidate.First - 1).SequenceEqual("and")))
            {
                return true;
            }
        }

        if (after is { Pending: false, Kind: NameKind.Place } a)
        {
            var between = a.First - candidate.Last;
            if ((between == 1 && tokens[a.First].Punctuation == ',')
                || (between == 2 && tokenizer.Key(candidate.Last + 1).SequenceEqual("and")))
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
            var before = tokenizer.Key(index - 1);
            if (before is "in" or "at" or "from" or "near" or "to" or "into" or "across" or "towards" or "toward" or "outside"
                or "via" or "through" or "around" or "inside" or "within" or "entered" or "visited" or "reached")
            {
                return !tokens[index].Has(NameTokenFlags.SentenceStart);
            }

            if (before is "of" && index > 1 && IsPlaceNoun(tokenizer.Key(index - 2)))
            {
                return true;
            }
        }

        if (index > 0 && tokens[index].Punctuation == ',' && IsPlaceNoun(tokenizer.Key(index - 1)))
        {
            return true;
        }

        if (last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.SpaceBefore) && tokens[last + 1].Has(NameTokenFlags.Lower)
            && tokenizer.Key(last + 1) is "region" or "province" or "district" or "oblast" or "city" or "town" or "village" or "county" or "governorate" or "river")
        {
            return true;
        }

        if (last + 3 < tokens.Length && tokens[last + 1].Punctuation == ',' && tokenizer.Key(last + 1) is "a" or "the"
            && IsPlaceNoun(tokenizer.Key(last + 2)))
        {
            return true;
        }

        return false;
    }

    private static bool IsPlaceNoun(ReadOnlySpan<char> key) => key is "city" or "town" or "village" or "region" or "province" or "district"
        or "distrikts" or "districts" or "capital" or "outskirts" or "suburb" or "suburbs" or "port" or "municipality" or "oblast" or "island"
        or "islands" or "provinces" or "regions" or "cities" or "towns" or "villages" or "area" or "areas" or "county" or "republic";

    private static bool IsPlacePrefix(ReadOnlySpan<char> key) => key is "north" or "south" or "east" or "west" or "northern" or "southern"
        or "eastern" or "western" or "central" or "greater" or "upper" or "lower" or "northeastern" or "northwestern" or "southeastern"
        or "southwestern" or "port" or "fort" or "saint" or "st" or "san" or "santa" or "new" or "mount" or "lake" or "cape" or "el" or "al";

    private static bool IsConnector(ReadOnlySpan<char> key) => key is "of" or "the" or "for" or "and" or "on";

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
