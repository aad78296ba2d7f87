namespace Ingest.Normalizers.Names;

/// <summary>
/// The structure tests of <see cref="NameMentionFinder"/>: how a name is built (an ampersand, a word in capitals, a
/// place head after a known place) and what the document says about it elsewhere (a short form in brackets, a team's city).
/// </summary>
internal sealed partial class NameMentionFinder
{
    /// <summary>
    /// The last token of a name of capitalised words joined by an ampersand (Procter &amp; Gamble, Faber &amp; Faber Ltd,
    /// AT&amp;T); -1 if none. Each side is at most three words; one-letter words (R&amp;D, Q&amp;A) are not names.
    /// </summary>
    private static int AmpersandNameEnd(NameTokenizer tokenizer, int first)
    {
        var tokens = tokenizer.Tokens;
        if (tokens[first].Length < 2)
        {
            return -1;
        }

        var k = first;
        while (k + 1 < tokens.Length && k - first < 2 && tokens[k + 1].Has(NameTokenFlags.SpaceBefore) && tokens[k + 1].IsCapitalized
            && !tokens[k].Has(NameTokenFlags.Possessive))
        {
            k++;
        }

        var after = k + 1;
        if (after >= tokens.Length || tokens[after].Punctuation != '&' || !tokens[after].IsCapitalized || tokens[after].Length < 2
            || tokens[after].Has(NameTokenFlags.SentenceStart | NameTokenFlags.BreakBefore) || tokens[k].Has(NameTokenFlags.Possessive))
        {
            return -1;
        }

        var end = after;
        while (end + 1 < tokens.Length && end - after < 2 && tokens[end + 1].Has(NameTokenFlags.SpaceBefore) && !tokens[end].Has(NameTokenFlags.Possessive)
            && (tokens[end + 1].IsCapitalized || OrganizationCues.IsDesignator(tokenizer.Text(end + 1))))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Where a place name that starts with a known place ends: up to two more capitalised words of which the last is a
    /// place head (Cairo International Stadium, Lagos State); -1 if none.
    /// </summary>
    private int PlaceNameEnd(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        for (var k = last + 1; k <= last + 2 && k < tokens.Length; k++)
        {
            if (!tokens[k].Has(NameTokenFlags.SpaceBefore) || !tokens[k].IsCapitalized || tokens[k - 1].Has(NameTokenFlags.Possessive)
                || (k > last + 1 && StartsKnown(tokenizer, k)))
            {
                return -1;
            }

            if ((Flags(tokenizer, k) & LexemeFlags.PlaceHead) != 0)
            {
                var more = k + 1 < tokens.Length && tokens[k + 1].Has(NameTokenFlags.SpaceBefore) && tokens[k + 1].IsCapitalized;
                return more || (k + 1 < tokens.Length && tokenizer.Text(k + 1) is "of") ? -1 : k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a city ending at <paramref name="last"/> is joined by "and" to a city that acts as a government (Tehran and
    /// Riyadh have exchanged ambassadors): both are the subject, so both stand for their governments.
    /// </summary>
    private bool IsJoinedToGovernment(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        var other = last + 2;
        if (other >= tokens.Length || tokens[last].Has(NameTokenFlags.Possessive) || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore)
            || tokenizer.Text(last + 1) is not "and" || !tokens[other].Has(NameTokenFlags.SpaceBefore) || !tokens[other].IsCapitalized
            || (last > 0 && HasPlaceCue(tokenizer, last, last)))
        {
            return false;
        }

        var (length, lexeme) = LongestMatch(tokenizer, other);
        return lexeme is not null && lexeme.Has(LexemeFlags.City) && lexeme.Entry is { Kind: NameKind.Place }
            && ActsAsGovernment(tokenizer, other, other + length - 1);
    }

    /// <summary>
    /// Whether a word of two letters or more in <paramref name="first"/>..<paramref name="last"/> is written in capitals
    /// (CMA CGM, IG Metall, Fox-IT), outside a line written all in capitals.
    /// </summary>
    private static bool HasCapitalsWord(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        if ((first > 0 && tokens[first - 1].Has(NameTokenFlags.AllCaps) && !tokens[first].Has(NameTokenFlags.BreakBefore))
            || (last + 1 < tokens.Length && tokens[last + 1].Has(NameTokenFlags.AllCaps) && !tokens[last + 1].Has(NameTokenFlags.BreakBefore)))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (tokens[k].Has(NameTokenFlags.AllCaps) && tokens[k].Length >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A capitalised word in brackets right after an organisation's name, with the same first letter, is its short form
    /// (League of Samba Schools (Liesa)); it and its later uses are the organisation. Acronyms in capitals are found already.
    /// </summary>
    private static void MarkShortForms(NameTokenizer tokenizer, List<NameCandidate> mentions, HashSet<string> organizations)
    {
        var tokens = tokenizer.Tokens;
        for (var m = 1; m < mentions.Count; m++)
        {
            var candidate = mentions[m];
            if (candidate.Count != 1 || candidate.Kind == NameKind.Organization || candidate.Entry is not null
                || tokens[candidate.First].Punctuation != '(' || tokenizer.CharAfter(candidate.First) != ')'
                || mentions[m - 1] is not { Kind: NameKind.Organization } full || full.Last != candidate.First - 1 || full.Count < 2
                || char.ToUpperInvariant(tokenizer.Text(candidate.First)[0]) != char.ToUpperInvariant(tokenizer.Text(full.First)[0]))
            {
                continue;
            }

            mentions[m] = candidate with { Kind = NameKind.Organization, Pending = false, Surname = null };
            organizations.Add(tokenizer.Key(candidate.First).ToString());
        }

        MarkSpelledAcronyms(tokenizer, mentions, organizations);
    }

    /// <summary>
    /// An acronym in brackets right after a name of capitalised words whose initials it spells (Tarnow Valley Power (TVP))
    /// defines a body's short form: the name and the acronym are an organisation, whatever else the name looked like.
    /// </summary>
    private static void MarkSpelledAcronyms(NameTokenizer tokenizer, List<NameCandidate> mentions, HashSet<string> organizations)
    {
        var tokens = tokenizer.Tokens;
        for (var m = 1; m < mentions.Count; m++)
        {
            var acronym = mentions[m];
            var full = mentions[m - 1];
            if (acronym.Count != 1 || tokens[acronym.First].Punctuation != '(' || tokenizer.CharAfter(acronym.First) != ')'
                || full.Last != acronym.First - 1 || full.Count < 2 || full.Entry is not null
                || !AcronymInitials.Spells(tokenizer, acronym.First, full.First, full.Last))
            {
                continue;
            }

            mentions[m - 1] = full with { Kind = NameKind.Organization, Pending = false, Surname = null };
            mentions[m] = acronym with { Kind = NameKind.Organization, Pending = false, Surname = null, Entry = null };
            organizations.Add(tokenizer.Key(full.First, full.Last).ToString());
            organizations.Add(tokenizer.Key(acronym.First).ToString());
        }
    }

    /// <summary>
    /// A city that the document names a team after (Atlanta Hawks, Boston Celtics) is that team where it stands alone
    /// without a place word before it (Atlanta's 11 points, Boston led): sport writing names teams by their city.
    /// </summary>
    private void MarkTeamCities(NameTokenizer tokenizer, List<NameCandidate> mentions)
    {
        HashSet<string>? cities = null;
        foreach (var team in mentions)
        {
            if (team.Kind == NameKind.Organization && team.Count >= 2 && team.Entry is null
                && LongestMatch(tokenizer, team.First) is { Lexeme: { } city } match && city.Has(LexemeFlags.City)
                && city.Entry is { Kind: NameKind.Place } && team.First + match.Length == team.Last && TeamNameEnd(tokenizer, team.Last - 1) == team.Last)
            {
                cities ??= new HashSet<string>(StringComparer.Ordinal);
                cities.Add(tokenizer.Key(team.First, team.Last - 1).ToString());
            }
        }

        if (cities is null)
        {
            return;
        }

        RelabelKnownPlaces(tokenizer, mentions, cities, asTeam: false);
    }

    /// <summary>
    /// One sense per report: a known place that a contest makes a team (England beat, the Test against Pakistan) is that
    /// team wherever else the document names it without a place word (England's openers, Pakistan replied), since a match
    /// report names the sides far more often than the countries.
    /// </summary>
    private static void MarkTeamPlaces(NameTokenizer tokenizer, List<NameCandidate> mentions)
    {
        HashSet<string>? teams = null;
        foreach (var team in mentions)
        {
            if (team.AsTeam && (teams is null || !SpanKeys.Contains(teams, tokenizer.Key(team.First, team.Last))))
            {
                teams ??= new HashSet<string>(StringComparer.Ordinal);
                teams.Add(tokenizer.Key(team.First, team.Last).ToString());
            }
        }

        if (teams is null)
        {
            return;
        }

        RelabelKnownPlaces(tokenizer, mentions, teams, asTeam: true);
    }

    /// <summary>
    /// Makes organisations of the known places whose text is in <paramref name="keys"/>, except where the text marks a
    /// place (a place word before it, a dateline, capitals): a team keeps its place entry, a club named for its city drops it.
    /// </summary>
    private static void RelabelKnownPlaces(NameTokenizer tokenizer, List<NameCandidate> mentions, HashSet<string> keys, bool asTeam)
    {
        var tokens = tokenizer.Tokens;
        for (var m = 0; m < mentions.Count; m++)
        {
            var candidate = mentions[m];
            if (candidate.Kind == NameKind.Place && candidate.Entry is not null && !tokens[candidate.First].Has(NameTokenFlags.AllCaps)
                && !HasPlaceCue(tokenizer, candidate.First, candidate.Last) && !IsDateline(tokenizer, candidate.Last)
                && SpanKeys.Contains(keys, tokenizer.Key(candidate.First, candidate.Last)))
            {
                mentions[m] = asTeam
                    ? candidate with { Kind = NameKind.Organization, AsTeam = true }
                    : candidate with { Kind = NameKind.Organization, Entry = null };
            }
        }
    }

    /// <summary>Whether a name ending at <paramref name="last"/> opens a line and a dash follows it (BOSTON — ...).</summary>
    private static bool IsDateline(NameTokenizer tokenizer, int last)
        => tokenizer.GapAfter(last).TrimStart() is [('\u2014' or '\u2013' or '-'), ..];

    /// <summary>
    /// Whether a role noun is right before <paramref name="index"/> (actor Wagner Moura): a known name there followed by an
    /// unknown capitalised word is a person's given name, not the place or body it also names.
    /// </summary>
    private static bool IsRoleBefore(NameTokenizer tokenizer, int index)
        => index > 0 && tokenizer.Tokens[index].Has(NameTokenFlags.SpaceBefore) && tokenizer.Tokens[index - 1].Has(NameTokenFlags.Lower)
            && PersonCues.IsRoleBefore(tokenizer.Text(index - 1));

    /// <summary>
    /// The last token of a name written as a web domain (Amazon.com, Booking.com Inc): a capitalised word, a period and a
    /// generic top-level domain, then perhaps a designator; -1 if none.
    /// </summary>
    private static int DomainNameEnd(NameTokenizer tokenizer, int first)
    {
        var tokens = tokenizer.Tokens;
        var domain = first + 1;
        if (domain >= tokens.Length || tokenizer.CharAfter(first) != '.' || !tokens[domain].Has(NameTokenFlags.Lower)
            || tokens[domain].Start != tokens[first].End + 1 || tokenizer.Text(domain) is not ("com" or "net" or "org" or "io"))
        {
            return -1;
        }

        return domain + 1 < tokens.Length && tokens[domain + 1].Has(NameTokenFlags.SpaceBefore) && OrganizationCues.IsDesignator(tokenizer.Text(domain + 1))
            ? domain + 1
            : domain;
    }

    /// <summary>
    /// A known place name that the document also writes as a company's (Amazon.com Inc, Georgia Ltd: the name and only a web
    /// domain or designator after it) is that company where it stands alone without a place word before it.
    /// </summary>
    private void MarkCompanyPlaces(NameTokenizer tokenizer, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;
        HashSet<string>? companies = null;
        foreach (var company in mentions)
        {
            if (company.Kind == NameKind.Organization && company.Count >= 2 && company.Entry is null && IsCompanyForm(tokenizer, company)
                && _gazetteer.Find(tokenizer, company.First)?.Entry is { Kind: NameKind.Place })
            {
                companies ??= new HashSet<string>(StringComparer.Ordinal);
                companies.Add(tokenizer.Key(company.First).ToString());
            }
        }

        if (companies is null)
        {
            return;
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var candidate = mentions[m];
            if (candidate.Kind == NameKind.Place && candidate.Entry is not null && candidate.Count == 1
                && !tokens[candidate.First].Has(NameTokenFlags.AllCaps) && !HasPlaceCue(tokenizer, candidate.First, candidate.Last)
                && SpanKeys.Contains(companies, tokenizer.Key(candidate.First)))
            {
                mentions[m] = candidate with { Kind = NameKind.Organization, Entry = null };
            }
        }
    }

    /// <summary>Whether the words after an organisation's first word are only a web domain and designators (Amazon.com Inc).</summary>
    private static bool IsCompanyForm(NameTokenizer tokenizer, in NameCandidate company)
    {
        for (var k = company.First + 1; k <= company.Last; k++)
        {
            if (!OrganizationCues.IsDesignator(tokenizer.Text(k)) && !(k == company.First + 1 && tokenizer.Text(k) is "com" or "net" or "org" or "io"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word ends like a plural nickname (Hawks, Bucks), not a possessive or a word in -ss (Congress).</summary>
    private static bool IsPluralNickname(ReadOnlySpan<char> word) => word is [.., not ('s' or '\''), 's'];
}
