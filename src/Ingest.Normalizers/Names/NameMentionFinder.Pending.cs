namespace Ingest.Normalizers.Names;

/// <summary>The second pass of <see cref="NameMentionFinder"/>: confirming or dropping the guesses against the whole document.</summary>
internal sealed partial class NameMentionFinder
{
    /// <summary>
    /// Confirms or drops the guesses: a lone word that is the given name or surname of a person named in full
    /// elsewhere in the document is that person; a lone word next to a place in a list of places is a place.
    /// </summary>
    private void ResolvePending(NameTokenizer tokenizer, List<NameCandidate> mentions, NameWork work)
    {
        // The first and last words of the people named in full, by hash: a document has hundreds of guesses and
        // mentions, and comparing every pair was quadratic in the document's length.
        var fullNameWords = new FullNameWords();
        var loneWords = new FullNameWords();
        var organizations = new HashSet<string>(StringComparer.Ordinal);
        MarkShortForms(tokenizer, mentions, organizations);
        var matchReport = IsMatchReport(tokenizer);
        MarkTeamCities(tokenizer, mentions);
        MarkSubjectTeams(tokenizer, mentions, matchReport);
        MarkTeamPlaces(tokenizer, mentions);
        MarkCompanyPlaces(tokenizer, mentions);
        var organizationFirstWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in mentions)
        {
            work.Step();
            fullNameWords.Add(tokenizer, other);
            if (!other.Pending)
            {
                // Artists like Picasso ... Picasso's late work: a word decided to be a person keeps that kind where it recurs.
                fullNameWords.AddLoneWord(tokenizer, other);
            }

            if (IsLoneName(tokenizer, other))
            {
                loneWords.AddLoneWord(tokenizer, other);
            }
        }

        RestorePlayers(tokenizer, mentions, fullNameWords, work);
        CollectOrganizations(tokenizer, mentions, organizations, organizationFirstWords);

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
                if (!Confirm(tokenizer, mentions, m, kept, new(fullNameWords, loneWords, matchReport), ref candidate, work))
                {
                    continue;
                }

                fullNameWords.Add(tokenizer, candidate);
                if (candidate.Kind == NameKind.Organization && !SpanKeys.Contains(organizations, tokenizer.Key(candidate.First, candidate.Last)))
                {
                    // Likud said ... members of Likud: a bare name found to be a body's is that body wherever it recurs.
                    organizations.Add(tokenizer.Key(candidate.First, candidate.Last).ToString());
                }
            }

            mentions[kept++] = candidate;
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    /// <summary>
    /// Whether a one-word mention may be a surname used alone: not after "the" (people take no article: the Forum, the
    /// Source) and not a word the document also writes in lower case.
    /// </summary>
    private bool IsLoneName(NameTokenizer tokenizer, in NameCandidate mention)
        => mention.Count == 1 && mention.Kind == NameKind.Person && !IsOrdinary(tokenizer, mention.First)
            && !(mention.First > 0 && OrganizationCues.Is(tokenizer.Text(mention.First - 1), "the"));

    /// <summary>Restrepo beat Nakamura: a name taken for a team by its role is a player named in full elsewhere.</summary>
    private static void RestorePlayers(NameTokenizer tokenizer, List<NameCandidate> mentions, FullNameWords fullNameWords, NameWork work)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            work.Step();
            if (mentions[m].ByRole && fullNameWords.Contains(tokenizer, mentions[m].First))
            {
                mentions[m] = mentions[m] with { Kind = NameKind.Person, ByRole = false };
            }
        }
    }

    /// <summary>Collects the unknown organisations' folded names and, for those of several words, their first words.</summary>
    private void CollectOrganizations(NameTokenizer tokenizer, List<NameCandidate> mentions, HashSet<string> organizations, HashSet<string> firstWords)
    {
        foreach (var other in mentions)
        {
            // A name met before is skipped by span, so a document naming one body fifty times makes its strings once.
            if (other.Kind == NameKind.Organization && other.Entry is null && !other.Local && !SpanKeys.Contains(organizations, tokenizer.Key(other.First, other.Last)))
            {
                organizations.Add(tokenizer.Key(other.First, other.Last).ToString());
                if (other.Count > 1 && !IsOrdinary(tokenizer, other.First) && _gazetteer.Find(tokenizer, other.First) is null)
                {
                    // Nordvik and Nordvik Shipping for Nordvik Shipping ASA: the leading parts ending in a capitalised word.
                    for (var last = other.First; last < other.Last; last++)
                    {
                        if (tokenizer.Tokens[last].IsCapitalized && (last == other.First || (Flags(tokenizer, other.First) & LexemeFlags.GivenName) == 0)
                            && !NamesAreaOfBody(tokenizer, last))
                        {
                            if (!SpanKeys.Contains(firstWords, tokenizer.Key(other.First, last)))
                            {
                                firstWords.Add(tokenizer.Key(other.First, last).ToString());
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Decides a guess at <paramref name="index"/>; the mentions before <paramref name="kept"/> are the ones kept so far
    /// and those after <paramref name="index"/> are still to be decided.
    /// </summary>
    private bool Confirm(NameTokenizer tokenizer, List<NameCandidate> mentions, int index, int kept, (FullNameWords Full, FullNameWords Lone, bool MatchReport) words, ref NameCandidate candidate, NameWork work)
    {
        var fullNameWords = words.Full;
        for (var k = candidate.First; k <= candidate.Last; k++)
        {
            work.Step();
            if (fullNameWords.Contains(tokenizer, k))
            {
                candidate.Pending = false;
                return true;
            }
        }

        if (candidate.Count is 2 or 3 && candidate.Kind == NameKind.Person && words.Lone.Contains(tokenizer, candidate.Last) && !IsOrdinary(tokenizer, candidate.First))
        {
            // Ricky Ponting ... skipper Ponting: news names a person in full once, then by the surname alone; a body or a
            // work is shortened to its first word instead (Peterloo Massacre ... Peterloo), so only the last word counts.
            candidate.Pending = false;
            return true;
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

        if (ListedKind(tokenizer, candidate, before, after) is { } listed && FitsList(tokenizer, candidate, listed, before))
        {
            // Rory Kinnear, Maxine Peake and Neil Bell; Aden, Taiz or Ibb; Quimbo and Zastra: the names of one list are of
            // one kind, so a guess coordinated with a decided name takes its kind, and a guess decided so decides the next.
            candidate.Pending = false;
            candidate.Kind = listed;
            return true;
        }

        if (IsUnintroducedName(tokenizer, mentions, candidate, words.MatchReport))
        {
            // Nobody named in full has this word, no title or place word comes with it, and it is not an ordinary word:
            // news introduces people by full name and places by a preposition, so a bare name left over is a body's; in a
            // match report, one that is the subject of a clause (Sundowns pressed, Arlen will) is a team.
            candidate.Pending = false;
            candidate.Kind = NameKind.Organization;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a guess of one word inside a sentence is a name the document never introduces as a person or a place:
    /// not a given name, title, demonym or ordinary word, in mixed case, with no place word before it.
    /// </summary>
    private bool IsUnintroducedName(NameTokenizer tokenizer, List<NameCandidate> mentions, in NameCandidate candidate, bool matchReport)
    {
        var tokens = tokenizer.Tokens;
        var index = candidate.First;
        return candidate.Count == 1 && candidate.Kind == NameKind.Person && candidate.Surname is null
            && !tokens[index].Has(NameTokenFlags.BreakBefore | NameTokenFlags.AllCaps)
            && (Flags(tokenizer, index) & (LexemeFlags.GivenName | LexemeFlags.Title | LexemeFlags.Demonym | LexemeFlags.Common | LexemeFlags.Surname)) == 0
            && !IsOrdinary(tokenizer, index) && !HasPlaceCue(tokenizer, index, index)
            && (IsActorOfVerbAfter(tokenizer, index, speech: true) || HasWhichAfter(tokenizer, index) || (matchReport && IsSubjectOfClause(tokenizer, index, index, contest: false)))
            && (!tokens[index].Has(NameTokenFlags.SentenceStart) || IsWrittenInsideSentence(tokenizer, mentions, index));
    }

    /// <summary>
    /// Whether ", which" follows the name (Oppo, which took): English refers to people with "who", so a bare name the
    /// document never introduces that takes "which" is a thing, and without a place word before it a body.
    /// </summary>
    private static bool HasWhichAfter(NameTokenizer tokenizer, int index)
    {
        var tokens = tokenizer.Tokens;
        return index + 1 < tokens.Length && tokens[index + 1].Punctuation == ',' && tokenizer.Text(index + 1) is "which";
    }

    /// <summary>
    /// Whether the word opening a sentence at <paramref name="index"/> is also a mention inside a sentence: a capital at a
    /// sentence start says nothing, but a word capitalised mid-sentence elsewhere in the document is a name. Only the rare
    /// guess that opens a sentence before a verb is looked up, so the scan stays linear in practice.
    /// </summary>
    private static bool IsWrittenInsideSentence(NameTokenizer tokenizer, List<NameCandidate> mentions, int index)
    {
        var key = tokenizer.Key(index);
        foreach (var other in mentions)
        {
            if (other.Count == 1 && other.First != index && !tokenizer.Tokens[other.First].Has(NameTokenFlags.SentenceStart | NameTokenFlags.BreakBefore)
                && tokenizer.Key(other.First).SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word after a name makes the name the subject of a business act (X hired, X posted, X acquired): what
    /// companies do; with <paramref name="speech"/>, also a reporting or diplomatic verb (said, warned, agreed), for a name
    /// that cannot be a person's.
    /// </summary>
    private static bool IsActorOfVerbAfter(NameTokenizer tokenizer, int index, bool speech)
    {
        var tokens = tokenizer.Tokens;
        if (index + 1 >= tokens.Length || !tokens[index + 1].Has(NameTokenFlags.SpaceBefore) || !tokens[index + 1].Has(NameTokenFlags.Lower)
            || tokens[index].Has(NameTokenFlags.Possessive))
        {
            return false;
        }

        var after = tokenizer.Text(index + 1);
        return OrganizationCues.IsBusinessVerb(after) || (speech && (OrganizationCues.IsReportingVerb(after) || OrganizationCues.IsDiplomaticVerb(after)));
    }

    private static bool IsOrganizationNamedElsewhere(NameTokenizer tokenizer, in NameCandidate candidate, HashSet<string> organizations, HashSet<string> firstWords)
    {
        // Looked up by span: a document has hundreds of mentions and a string for each would be garbage.
        var key = tokenizer.Key(candidate.First, candidate.Last);
        return SpanKeys.Contains(organizations, key)
            || ((candidate.Count > 1 || candidate.Pending || candidate.Kind == NameKind.Place) && SpanKeys.Contains(firstWords, key));
    }

    /// <summary>
    /// The kind of the decided mention joined to the guess by a comma, "and" or "or", before it or else after it; null when
    /// none is.
    /// </summary>
    private static NameKind? ListedKind(NameTokenizer tokenizer, in NameCandidate candidate, NameCandidate? before, NameCandidate? after)
    {
        var tokens = tokenizer.Tokens;
        if (before is { Pending: false } b)
        {
            var between = candidate.First - b.Last;
            if ((between == 1 && tokens[candidate.First].Punctuation == ',') || (between == 2 && IsListJoin(tokenizer.Text(candidate.First - 1))))
            {
                return b.Kind;
            }
        }

        if (after is { Pending: false } a)
        {
            var between = a.First - candidate.Last;
            if ((between == 1 && tokens[a.First].Punctuation == ',') || (between == 2 && IsListJoin(tokenizer.Text(candidate.Last + 1))))
            {
                return a.Kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the list's kind may be the guess's: a person's only for a name of several words (a lone capitalised word in a
    /// list of people is as often a title or a heading word), a place's only for one word (several unknown words beside a
    /// place are as often an event or a team), and a body's only after "and" and without a given name first.
    /// </summary>
    private bool FitsList(NameTokenizer tokenizer, in NameCandidate candidate, NameKind listed, NameCandidate? before) => listed switch
    {
        NameKind.Person => candidate.Count > 1,
        NameKind.Place => candidate.Count == 1,
        _ => before is { Pending: false, Kind: NameKind.Organization } b && candidate.First - b.Last == 2 && tokenizer.Text(candidate.First - 1) is "and"
            && (Flags(tokenizer, candidate.First) & LexemeFlags.GivenName) == 0,
    };

    private static bool IsListJoin(ReadOnlySpan<char> word) => word is "and" or "or";

    /// <summary>
    /// Whether the leading words of an organisation name ending at <paramref name="last"/> name the area the body serves
    /// (Calderdale of Calderdale Council, Pulaski County of the Pulaski County Jail): the area alone is a place, not the body.
    /// </summary>
    private bool NamesAreaOfBody(NameTokenizer tokenizer, int last)
        => (Flags(tokenizer, last) & LexemeFlags.PlaceHead) != 0
            || (last + 1 < tokenizer.Tokens.Length && OrganizationCues.IsAreaInstitution(tokenizer.Text(last + 1)));
}
