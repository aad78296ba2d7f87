namespace Ingest.Normalizers.Names;

/// <summary>
/// The kind of name a plural category noun introduces in "NOUNS like X", "NOUNS such as X" and "NOUNS including X"
/// (firms like Velmont, artists such as Orlov, cities including Tarsa): English names examples of a class after the
/// class, so the noun tells what the name is. Nouns as often said of people as of bodies (investors, rivals, sponsors,
/// backers) give no kind.
/// </summary>
internal static class CategoryCues
{
    private const int MaxWordLength = 16;

    /// <summary>The kind that the category noun <paramref name="noun"/> gives its examples; null for other words.</summary>
    /// <param name="noun">The word before "like", "such as" or "including", as written.</param>
    public static NameKind? KindOf(ReadOnlySpan<char> noun)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        if (noun.Length > MaxWordLength || noun.Length < 3)
        {
            return null;
        }

        var key = buffer[..CueText.ToLower(noun, buffer)];
        if (key is "companies" or "firms" or "brands" or "banks" or "lenders" or "vcs" or "startups" or "start-ups"
            or "clubs" or "teams" or "sides" or "bands" or "labels" or "publishers" or "outlets" or "agencies" or "carriers"
            or "airlines" or "retailers" or "giants" or "insurers" or "manufacturers" or "studios" or "broadcasters"
            or "newspapers" or "universities" or "charities" or "organisations" or "organizations" or "groups" or "funds"
            or "automakers" or "carmakers" or "chipmakers" or "drugmakers" or "platforms")
        {
            return NameKind.Organization;
        }

        if (key is "artists" or "players" or "stars" or "writers" or "authors" or "actors" or "actresses" or "singers"
            or "musicians" or "politicians" or "athletes" or "painters" or "poets" or "novelists" or "directors" or "coaches"
            or "legends" or "greats" or "composers" or "rappers" or "philosophers" or "scientists" or "thinkers")
        {
            return NameKind.Person;
        }

        return key is "cities" or "countries" or "towns" or "nations" or "states" or "destinations" or "regions" or "capitals"
            or "villages" or "provinces" ? NameKind.Place : null;
    }
}
