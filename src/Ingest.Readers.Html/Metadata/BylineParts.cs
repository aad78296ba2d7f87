using System.Text.RegularExpressions;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// What the parts of a byline are besides a person's name: a role ("Harbour Correspondent"), a paper, an agency or a
/// desk ("Harbour Gazette", "CNN Business", "Metro Desk"), the labels of contact links, or the rest of a sentence.
/// </summary>
internal static partial class BylineParts
{
    // Lower-case words that stand inside names: the particles of surnames.
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "das", "del", "della", "der", "den", "di", "do", "dos", "du", "e", "el", "la", "le", "ten", "ter", "van", "von", "y", "zu", "bin", "ibn", "al", "bint",
    };

    // The labels of the contact and social links a byline sets after the name.
    private static readonly HashSet<string> LinkLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "e-mail", "mail", "twitter", "facebook", "linkedin", "instagram", "threads", "bluesky", "mastodon", "follow", "contact", "bio", "profile", "rss",
    };

    /// <summary>
    /// The name without a role written after it with no separator ("Ilse Marr Senior Reporter", "Ilse Marr Chief White
    /// House Correspondent"): when the last word is a role, the role runs back over the words that qualify it (a
    /// seniority, a beat of the list). When fewer than two words would be left, or only qualifiers ("Chief Political
    /// Correspondent"), the text is a role and comes back whole. A word outside the list stays with the name ("John Paul
    /// White Reporter" keeps "White"): a beat not in the list is cut only where a line break or element sets the role apart.
    /// </summary>
    public static string WithoutTrailingRole(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !RoleWord().IsMatch(words[^1]))
        {
            return name;
        }

        var start = words.Length - 1;
        while (start > 0)
        {
            if (RoleQualifier().IsMatch(words[start - 1]))
            {
                start--;
            }
            else if (start > 1 && words[start - 1] == "House" && words[start - 2] == "White")
            {
                start -= 2;
            }
            else
            {
                break;
            }
        }

        return start < 2 ? name : string.Join(' ', words[..start]);
    }

    /// <summary>
    /// Whether a part after a name is an organisation that opens with an acronym ("CNN Business", "AP", "BBC News"), as
    /// agencies and networks are written, not initials before a surname ("AJ Jones"); in a byline all in capitals every part is, so there it says nothing.
    /// </summary>
    public static bool IsAgencyAfterName(string part, string firstName)
        => part.Length > 1 && Acronym().IsMatch(part) && firstName.Any(char.IsLower);

    /// <summary>
    /// The name without the labels of the contact and social links a byline sets after it ("Ilse Marr Email Twitter",
    /// "Ilse Marr Follow"); a name of one word stays whole.
    /// </summary>
    public static string WithoutTrailingLinks(string name)
    {
        var end = name.Length;
        while (end > 0 && name.LastIndexOf(' ', end - 1) is var space and > 0 && LinkLabels.Contains(name[(space + 1)..end]))
        {
            end = space;
        }

        return end == name.Length ? name : name[..end].TrimEnd();
    }

    /// <summary>
    /// Whether a name is an organisation or a collective byline rather than a person: a newspaper's or agency's name
    /// ("The Associated Press", "Harbour Gazette") or a desk of the paper ("Metro Desk", "Editorial Board").
    /// </summary>
    public static bool NamesOrganisation(string name) => Organisation().IsMatch(name) || Collective().IsMatch(name);

    /// <summary>
    /// Whether a part after a capitalised name opens in lower case (not a surname particle): the rest of a sentence
    /// ("By March, the council had voted"), not a second name.
    /// </summary>
    public static bool IsProseAfterName(string part, string firstName)
        => part.Length > 0 && char.IsLower(part[0]) && char.IsUpper(firstName[0]) && !Particles.Contains(part.Split(' ')[0]);

    /// <summary>Whether the text names a role ("Harbour Correspondent", "Staff Writer") rather than a person.</summary>
    public static bool IsRole(string text) => Role().IsMatch(text);

    /// <summary>Whether the text names an organisation by its form: an article first, or a last word news organisations end with.</summary>
    public static bool IsOrganisation(string text) => Organisation().IsMatch(text);

    /// <summary>Whether a word is a role ("Correspondent", "Staff").</summary>
    public static bool IsRoleWord(string word) => RoleWord().IsMatch(word);

    /// <summary>Whether a lower-case word is a surname particle ("van", "de", "bin").</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    // What names an organisation rather than a person: an article, or a last word that news organisations end with.
    [GeneratedRegex(@"^(?:The|Der|Die|Das|Le|La|El)\s|\b(?:Press|News|Agency|Agencies|Wire|Newswire|Service|Media|Times|Post|Journal|Herald|Tribune|Gazette|Network|Daily|Weekly|Magazine|Chronicle|Observer|Telegraph|Examiner|Dispatch|Insider|Today|Online)$", RegexOptions.CultureInvariant)]
    private static partial Regex Organisation();

    // The desks and boards that papers sign collective pieces with.
    [GeneratedRegex(@"\b(?:Staff|Desk|Team|Newsroom|Editors|Board|Bureau|Wires?|Reporters)$", RegexOptions.CultureInvariant)]
    private static partial Regex Collective();

    // An acronym alone ("AP", "CNN") or before a word networks and agencies add ("CNN Business", "BBC News"); a person's
    // initials before a surname ("AJ Jones") are no agency.
    [GeneratedRegex(@"^\p{Lu}{2,}(?:$|\s+(?:News|Business|Sports?|Politics|Health|Money|Travel|Style|World|Digital|Online|Radio|TV|Television|Wire|Media|Press|Newsroom|Staff|Reporting|Wires)$)", RegexOptions.CultureInvariant)]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^(?:correspondents?|reporters?|editors?|writers?|contributors?|columnists?|producers?|photographers?|analysts?|journalists?|critics?|interns?|freelancers?|staff|bureau|desk)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();

    // The words that qualify a role: seniority and the common beats.
    [GeneratedRegex(@"^(?:senior|chief|staff|deputy|associate|assistant|contributing|managing|executive|special|political|foreign|national|international|local|business|science|sports|health|technology|tech|legal|investigative|digital|data|breaking|news|financial|economics|markets|culture|arts|education|environment|climate|crime|courts|politics|features|opinion|freelance)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleQualifier();

    [GeneratedRegex(@"\b(?:correspondent|reporter|editor|writer|contributor|columnist|staff|producer|photographer|analyst|journalist|bureau|desk|critic|intern|freelance)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Role();
}
