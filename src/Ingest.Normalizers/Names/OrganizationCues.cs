namespace Ingest.Normalizers.Names;

/// <summary>
/// The words around a capitalised name that say it names an organisation: company designators (Inc, plc, AG),
/// appositive nouns before it (<c>chipmaker TSMC</c>, <c>shares in Vale</c>), business nouns after its possessive
/// (<c>Maersk's chief executive</c>, <c>Vale shares</c>), and reporting verbs after a city that stands for its
/// government (<c>Washington said</c>). Word lists of English news usage, not of any document.
/// </summary>
/// <remarks>Every test takes a word as written (not its folded key, which spells <c>shares</c> as <c>sares</c>) and ignores case.</remarks>
internal static class OrganizationCues
{
    /// <summary>The longest word compared.</summary>
    private const int MaxWordLength = 16;

    /// <summary>Whether <paramref name="text"/> is <paramref name="word"/>, ignoring case.</summary>
    public static bool Is(ReadOnlySpan<char> text, string word) => text.Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a word is a company designator written after the name (Inc, Ltd, plc, AG, SA, GmbH, NV).</summary>
    public static bool IsDesignator(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "inc" or "ltd" or "plc" or "llc" or "llp" or "ag" or "sa" or "se"
        or "nv" or "bv" or "asa" or "ab" or "gmbh" or "spa" or "srl" or "co" or "corp" or "corporation" or "company" or "limited"
        or "holdings" or "group" or "pty" or "bhd" or "kk" or "oyj" or "sarl" or "sas" or "kgaa" or "lp" or "fc" or "cf" or "sc" or "afc";
    }

    /// <summary>Whether a lower-case word before a name introduces it as an organisation (carmaker Toyota).</summary>
    public static bool IsNounBefore(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "company" or "firm" or "group" or "giant" or "maker" or "carmaker"
        or "automaker" or "chipmaker" or "lender" or "insurer" or "retailer" or "startup" or "operator" or "airline" or "carrier"
        or "brewer" or "miner" or "conglomerate" or "rival" or "rivals" or "platform" or "fintech" or "broker" or "subsidiary"
        or "club" or "side" or "franchise" or "publisher" or "newspaper" or "broadcaster" or "regulator" or "developer"
        or "manufacturer" or "supplier" or "producer" or "exporter" or "utility" or "bank"
        or "outfit" or "label" or "studio" or "studios" or "streamer" or "e-commerce" or "telecoms" or "telecom"
        or "distributor" or "bookseller" or "agency" or "distributors" or "booksellers"
        or "companies" or "firms" or "platforms" or "lenders" or "banks" or "carmakers" or "automakers" or "chipmakers" or "insurers"
        or "retailers" or "startups" or "brands" or "clubs" or "airlines" or "miners" or "operators" or "broadcasters" or "publishers"
        or "brand" or "venture" or "marketplace" or "app" or "chain" or "drugmaker" or "phonemaker" or "consultancy"
        || IsMakerCompound(key);
    }

    /// <summary>
    /// Whether a lower-case compound in -maker names a company by what it makes (toymaker, chipmakers, the Danish
    /// brickmaker): English forms such nouns freely, so they are recognised by their ending; the compounds that name
    /// people (lawmaker, filmmaker, playmaker) are left out.
    /// </summary>
    private static bool IsMakerCompound(ReadOnlySpan<char> key)
    {
        var stem = key.EndsWith("makers") ? key[..^6] : key.EndsWith("maker") ? key[..^5] : default;
        return stem.Length >= 3 && stem[^1] != '-' && stem is not ("law" or "policy" or "film" or "peace" or "play" or "king" or "match"
            or "trouble" or "dress" or "shoe" or "deal" or "hay" or "merry" or "rain" or "home" or "pace" or "money" or "noise" or "speech"
            or "decision" or "holiday" or "mischief" or "wine" or "taste" or "clock" or "hat");
    }

    /// <summary>Whether a lower-case word after a name's possessive is something only an organisation has (Maersk's shares).</summary>
    public static bool IsPossessionAfter(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "shares" or "stock" or "profit" or "profits" or "revenue"
        or "revenues" or "sales" or "board" or "shareholders" or "subsidiary" or "unit" or "headquarters" or "customers"
        or "subscribers" or "employees" or "workforce" or "earnings" or "valuation" or "products"
        or "squad" or "striker" or "goalkeeper" or "midfielder" or "defender" or "brand" or "factories" or "plant" or "plants"
        or "shareholder" or "lenders" or "stores" or "outlets" or "ceo" or "cfo" or "coach" or "chairman" or "chairwoman"
        or "spokesman" or "spokeswoman" or "spokesperson" or "executives" or "investors";
    }

    /// <summary>
    /// Whether a lower-case word after a known place's possessive is something only a company has (Medina's shareholders):
    /// narrower than <see cref="IsPossessionAfter"/>, since countries too have factories, customers and troops.
    /// </summary>
    public static bool IsCompanyPossession(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "shares" or "shareholders" or "shareholder" or "profit" or "profits" or "revenue" or "revenues" or "earnings"
            or "valuation" or "subsidiary" or "subsidiaries";
    }

    /// <summary>Whether a lower-case word right after a name makes it a company (Vale shares fell).</summary>
    public static bool IsBusinessNounAfter(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "shares" or "stock" or "spokesman" or "spokeswoman" or "spokesperson" or "executives" or "shareholders";
    }

    /// <summary>Plural forms of "be" and "have" after a subject (are, were, have), as a singular name takes them only as a group.</summary>
    /// <param name="text">The word after the name, in lower case.</param>
    public static bool IsPluralVerb(ReadOnlySpan<char> text) => text is "are" or "were" or "have" or "aren't" or "weren't" or "haven't"
        or "say" or "announce" or "release" or "plan" or "want" or "hope" or "insist" or "deny" or "claim" or "remain" or "continue"
        or "return" or "head" or "expect" or "believe" or "intend" or "refuse" or "aim";

    /// <summary>
    /// Words after which a name is not the subject of the next verb: "and", "or", prepositions, and auxiliaries that
    /// invert a question (does Velmont have).
    /// </summary>
    /// <param name="text">The word before the name.</param>
    public static bool IsSubjectBreaker(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return text.Length <= MaxWordLength && buffer[..CueText.ToLower(text, buffer)] is "and" or "or" or "nor" or "of" or "in" or "at"
            or "from" or "with" or "by" or "for" or "to" or "on" or "than" or "like" or "does" or "do" or "did" or "would" or "will"
            or "could" or "should" or "can" or "may" or "might" or "must" or "let" or "&";
    }

    /// <summary>
    /// Whether a word before a name makes the name an object rather than the subject of the verb after it: a relative
    /// pronoun (voters who support Velmont are) or a past-tense verb in lower case (those who backed Velmont were).
    /// </summary>
    /// <param name="text">A word before the name, as written.</param>
    public static bool IsObjectOpener(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "who" or "whom" or "that" or "which" or "whose"
            || (text.Length > 3 && char.IsLower(text[0]) && text.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a lower-case word after a capitalised name is the body that the name's place or owner runs (West Mercia
    /// police, Harlow council, the Tarvonian defence ministry): an institution written in lower case after its name.
    /// </summary>
    public static bool IsInstitutionAfter(ReadOnlySpan<char> text) => text is "police" or "council" or "ministry" or "constabulary";

    /// <summary>Whether a word (any case) before "of" is a person who founds, leads or speaks for a body (the founder of, CEO of).</summary>
    public static bool IsLeaderOf(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return text.Length <= MaxWordLength && buffer[..CueText.ToLower(text, buffer)] is "founder" or "co-founder" or "cofounder" or "ceo"
            or "chairman" or "chairwoman" or "spokesman" or "spokeswoman" or "spokesperson" or "owner" or "employees" or "staff";
    }

    /// <summary>Whether a word (any case) is an institution of an area: Calderdale Council, Lancashire Police.</summary>
    public static bool IsAreaInstitution(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        return text.Length <= MaxWordLength && buffer[..CueText.ToLower(text, buffer)] is "council" or "police" or "constabulary" or "borough";
    }

    /// <summary>
    /// Whether a capitalised word ends the name of an award or a list (the Forward Prize, the Gregory Peck Award, the
    /// Booker Shortlist): an award named after a person is neither that person nor a body.
    /// </summary>
    public static bool IsAwardHead(ReadOnlySpan<char> text)
        => text is "Prize" or "Prizes" or "Award" or "Awards" or "Medal" or "Shortlist" or "Longlist" or "Fellowship" or "Scholarship" or "Lecture";

    /// <summary>
    /// Whether a word after a name is what a company does as subject (Kelvar hired, Ostrow posted, Velta acquired).
    /// </summary>
    public static bool IsBusinessVerb(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "reported" or "posted" or "launched" or "launches" or "hired" or "acquired" or "acquires"
            or "shipped" or "invested" or "invests" or "employs" or "operates" or "owns" or "listed" or "unveiled" or "unveils"
            or "merged" or "partnered" or "slashed" or "disclosed" or "fined" or "sued" or "manufactures" or "produces" or "supplies";
    }

    /// <summary>Whether a word written before a city names a club of that city (Real Madrid, FC Porto, Inter Milan).</summary>
    public static bool IsClubPrefix(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "real" or "inter" or "atletico" or "sporting"
        or "olympique" or "borussia" or "dynamo" or "dinamo" or "racing" or "ac" or "as" or "fc" or "sc" or "cf" or "afc" or "ss"
        or "club" or "deportivo" or "union" or "athletic" or "lokomotiv" or "spartak" or "partizan" or "crvena" or "hajduk";
    }

    /// <summary>Whether a word after a city makes the city stand for its government (Washington said).</summary>
    public static bool IsReportingVerb(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "said" or "says" or "warned" or "announced" or "insisted"
        or "accused" or "denied" or "rejected" or "urged" or "responded" or "welcomed" or "condemned" or "argued" or "signalled"
        or "signaled" or "threatened" or "protested" or "demanded" or "vowed" or "retaliated" or "imposed" or "summoned"
        or "warns" or "announces" or "insists" or "accuses" or "denies" or "rejects" or "urges" or "responds" or "welcomes"
        or "condemns" or "argues" or "signals" or "threatens" or "protests" or "demands" or "vows" or "retaliates" or "imposes" or "summons";
    }

    /// <summary>
    /// Whether a lower-case word right after a capital is a diplomatic act with the capital as subject (Beijing criticised,
    /// Cairo exchanged, Tokyo wants): what a government does, not what happens to a city (bombed, occupied, took).
    /// </summary>
    public static bool IsDiplomaticVerb(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength || text.Length < 3)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "wants" or "wanted" or "hopes" or "hoped" or "seeks" or "sought" or "insists" or "claims" or "claimed"
            or "criticised" or "criticized" or "recognised" or "recognized" or "exchanged" or "negotiated" or "sanctioned"
            or "expelled" or "recalled" or "proposed" or "offered" or "agreed" or "pledged" or "backed" or "supported" or "opposed"
            or "approved" or "refused" or "declined" or "requested" or "asked" or "blamed" or "praised" or "endorsed" or "objected"
            or "complained" or "suspended" or "severed" or "restored" or "ratified" or "vetoed" or "signed" or "promised"
            or "sent" or "filed" or "lodged" or "issued" or "deployed" or "demanded";
    }

    /// <summary>
    /// Whether a word after a city is an act of address that a government performs as often as a person does (Dhaka
    /// accepted, Riyadh later informed): asked of cities only, since after an unknown name it says nothing of its kind.
    /// </summary>
    public static bool IsAddressVerb(ReadOnlySpan<char> text)
        => text is "accepted" or "informed" or "expressed" or "reiterated" or "thanked" or "invited" or "conveyed" or "assured" or "accepts"
            or "expresses" or "reiterates" or "thanks" or "invites";

    /// <summary>Whether a word after a capital is a perfect auxiliary that a diplomatic act may follow (Cairo has exchanged).</summary>
    public static bool IsPerfectAuxiliary(ReadOnlySpan<char> text) => text is "has" or "have" or "had";

    /// <summary>Whether a lower-case word after a city's possessive is something its government has (Moscow's war, Beijing's position).</summary>
    public static bool IsGovernmentPossession(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "war" or "invasion" or "government" or "position" or "policy" or "policies" or "decision" or "demands" or "offer"
            or "ally" or "allies" or "envoy" or "response" or "stance" or "support" or "sanctions" or "troops" or "forces" or "military"
            or "diplomats" or "diplomacy" or "proposal" or "objections" or "refusal" or "backing" or "invitation" or "truce"
            or "ceasefire" or "delegation" or "ambassador" or "envoys" or "statement" or "retaliation" or "leadership" or "regime"
            or "relations" or "concerns";
    }

    /// <summary>Whether a word after a place makes it a team in a contest (Atlanta beat Boston, Pakistan edged India).</summary>
    public static bool IsContestVerbAfter(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "beat" or "beats" or "defeated" or "edged" or "thrashed" or "routed" or "trailed" or "overcame" or "outplayed"
            or "drew" or "eliminated" or "knocked";
    }

    /// <summary>Whether a word before a place makes it a team in a contest (beat Boston, edged India).</summary>
    public static bool IsContestVerbBefore(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (text.Length > MaxWordLength)
        {
            return false;
        }

        var key = buffer[..CueText.ToLower(text, buffer)];
        return key is "beat" or "defeated" or "edged" or "thrashed" or "routed" or "outplayed" or "eliminated";
    }
}
