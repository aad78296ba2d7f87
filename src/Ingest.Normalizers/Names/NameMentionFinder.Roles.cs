namespace Ingest.Normalizers.Names;

/// <summary>The role tests of <see cref="NameMentionFinder"/>: a name as a team, as a company, or introduced by a company appositive.</summary>
internal sealed partial class NameMentionFinder
{
    /// <summary>
    /// Whether the words around a name make it a sports team: a contest or transfer verb before it (lost to, signed for,
    /// joined), a contest verb after it (beat), a team role or fans after it or its possessive (Tarwick coach, Velmont's manager),
    /// or a score beside it (Tarwick 2-1 Velmont).
    /// </summary>
    private static bool HasTeamCue(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        if (IsScoreSide(tokenizer, first, last))
        {
            return true;
        }

        if (first > 0 && tokens[first].Has(NameTokenFlags.SpaceBefore) && tokens[first - 1].Has(NameTokenFlags.Lower)
            && TeamCues.IsContestBefore(first > 1 && tokens[first - 1].Has(NameTokenFlags.SpaceBefore) ? tokenizer.Text(first - 2) : default, tokenizer.Text(first - 1)))
        {
            return true;
        }

        if (last + 1 >= tokens.Length || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore) || !tokens[last + 1].Has(NameTokenFlags.Lower))
        {
            return false;
        }

        var after = tokenizer.Text(last + 1);

        // Ivo Renk's side, Renk's players: sport writing names a team after its manager by the possessive, so these
        // nouns after a possessive do not make a team; the club's coach, captain or fans do.
        var managersTeam = tokens[last].Has(NameTokenFlags.Possessive) && after is "side" or "players" or "squad";
        return (TeamCues.IsTeamRoleAfter(after) && !managersTeam) || (!tokens[last].Has(NameTokenFlags.Possessive) && (OrganizationCues.IsContestVerbAfter(after)
            || (after is "lost" && last + 2 < tokens.Length && tokenizer.Text(last + 2) is "to")));
    }

    /// <summary>
    /// Whether a known place at <paramref name="first"/>..<paramref name="last"/> is written as a company: shares of it, a
    /// company noun before it (rival Medina), its shareholders or chief executive, or its shares after it.
    /// </summary>
    private static bool IsPlaceAsCompany(NameTokenizer tokenizer, int first, int last)
    {
        var tokens = tokenizer.Tokens;
        if (first > 1 && tokens[first].Has(NameTokenFlags.SpaceBefore) && tokenizer.Text(first - 1) is "of" or "in"
            && tokenizer.Text(first - 2) is "shares" or "stake" or "shareholders")
        {
            return true;
        }

        if (last + 1 >= tokens.Length || !tokens[last + 1].Has(NameTokenFlags.SpaceBefore) || !tokens[last + 1].Has(NameTokenFlags.Lower))
        {
            return false;
        }

        var after = tokenizer.Text(last + 1);
        if (tokens[last].Has(NameTokenFlags.Possessive))
        {
            return OrganizationCues.IsCompanyPossession(after)
                || (after is "chief" && last + 2 < tokens.Length && tokenizer.Text(last + 2) is "executive" or "financial" or "operating");
        }

        return OrganizationCues.IsBusinessNounAfter(after);
    }

    /// <summary>
    /// Whether an appositive after the name says it is a company: a comma, an article, up to three describing words and a
    /// company noun that ends the appositive (Halvors Kamber, a Swiss chocolate maker; Linde, the Danish shipping group), or
    /// the same after "is" or "was" (Velmont is another company).
    /// </summary>
    private static bool HasCompanyAppositive(NameTokenizer tokenizer, int last)
    {
        var tokens = tokenizer.Tokens;
        var article = last + 1;
        if (article + 1 < tokens.Length && tokens[article].Punctuation != ',' && tokens[article].Has(NameTokenFlags.SpaceBefore)
            && tokenizer.Text(article) is "is" or "was")
        {
            // Nestle is another company: a copula stands where the appositive's comma would.
            article++;
        }
        else if (article < tokens.Length && tokens[article].Punctuation != ',')
        {
            return false;
        }

        if (article >= tokens.Length || tokens[last].Has(NameTokenFlags.Possessive)
            || tokenizer.Text(article) is not ("a" or "an" or "the" or "another"))
        {
            return false;
        }

        for (var k = article + 1; k <= article + 4 && k < tokens.Length; k++)
        {
            if (k > article + 1 && !tokens[k].Has(NameTokenFlags.SpaceBefore) && !tokens[k].Has(NameTokenFlags.HyphenBefore))
            {
                return false;
            }

            var word = tokenizer.Text(k);
            if (PersonCues.IsRoleBefore(word) || word is "of" or "at" or "for" or "in" or "to" or "and" or "who")
            {
                return false;
            }

            if (OrganizationCues.IsNounBefore(word))
            {
                return k + 1 >= tokens.Length || !tokens[k + 1].Has(NameTokenFlags.SpaceBefore)
                    || tokenizer.Text(k + 1) is "based" or "that" or "which" or "whose" or "headquartered" or "owned" or "listed" or "founded";
            }
        }

        return false;
    }

    /// <summary>
    /// Whether "in" or "at" after <paramref name="end"/> continues an organisation name whose head is at <paramref name="head"/>:
    /// "at" after an "of" chain (University of Ostland at Vellby); "in" and a known place after a head led by two or more
    /// capitalised words (American Research Center in Egypt), not after a two-word name (the Health Ministry in Gaza).
    /// </summary>
    private bool IsLocatingWordInName(NameTokenizer tokenizer, int head, int end)
    {
        var tokens = tokenizer.Tokens;
        var word = tokenizer.Text(end + 1);
        if (word is "at")
        {
            return end > head && tokens[end + 2].IsCapitalized && tokens[end + 2].IsJoined;
        }

        if (word is not "in" || end != head || head < 2 || !tokens[head].IsJoined || !tokens[head - 1].IsJoined
            || !tokens[head - 1].IsCapitalized || !tokens[head - 2].IsCapitalized || tokens[head - 2].Has(NameTokenFlags.SentenceStart)
            || OrganizationCues.IsDesignator(tokenizer.Text(head)) || IsSeatedHead(tokenizer.Text(head)))
        {
            return false;
        }

        var (length, lexeme) = LongestMatch(tokenizer, end + 2);
        var placeEnd = end + 1 + length;
        return lexeme?.Entry is { Kind: NameKind.Place }
            && (placeEnd + 1 >= tokens.Length || !tokens[placeEnd + 1].IsJoined || !tokens[placeEnd + 1].IsCapitalized);
    }

    /// <summary>
    /// Whether a head names a body that "in" places rather than names (the Palestinian Health Ministry in Gaza, the Indian
    /// Embassy in Cairo): a government's offices sit somewhere, while an institute may carry its place in its name.
    /// </summary>
    private static bool IsSeatedHead(ReadOnlySpan<char> head)
    {
        Span<char> buffer = stackalloc char[16];
        return head.Length <= buffer.Length && buffer[..CueText.ToLower(head, buffer)] is "ministry" or "embassy" or "consulate" or "government"
            or "police" or "army" or "military" or "office" or "authorities" or "authority" or "parliament" or "court" or "forces" or "mission";
    }
}
