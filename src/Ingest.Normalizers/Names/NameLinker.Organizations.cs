namespace Ingest.Normalizers.Names;

/// <summary>Organisation linking: leading parts of a name and acronyms spelled by initials take the full name's key.</summary>
internal sealed partial class NameLinker
{
    /// <summary>
    /// An acronym or short form defined in brackets after an organisation's name (International Committee of the Red Cross (ICRC))
    /// and a first word used alone (Mistral for Mistral AI) take the full name's key everywhere in the document.
    /// </summary>
    private static void LinkOrganizations(NameTokenizer tokenizer, List<NameCandidate> mentions, string[] keys, NameWork work)
    {
        var tokens = tokenizer.Tokens;
        var expansions = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstWords = new Dictionary<string, string?>(StringComparer.Ordinal);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = false;
        for (var i = 0; i < mentions.Count; i++)
        {
            work.Step();
            var m = mentions[i];
            if (m.Kind != NameKind.Organization)
            {
                continue;
            }

            if (i > 0 && m.Count == 1 && (tokens[m.First].Has(NameTokenFlags.AllCaps) || tokenizer.CharAfter(m.First) == ')') && tokens[m.First].Punctuation == '('
                && mentions[i - 1] is { Kind: NameKind.Organization } expansion && expansion.Last == m.First - 1 && expansion.Count > 1
                && (char.ToUpperInvariant(tokenizer.Text(m.First)[0]) == char.ToUpperInvariant(tokenizer.Text(expansion.First)[0])
                    || IsTranslatedAcronym(tokenizer, tokenizer.Text(m.First), expansion)))
            {
                expansions.TryAdd(keys[i], keys[i - 1]);
            }

            acronyms |= m.Count == 1 && m.Entry is null && tokens[m.First].Has(NameTokenFlags.AllCaps);

            // Every leading part of a name of several words (Nordvik, Nordvik Shipping for Nordvik Shipping ASA) stands for it;
            // each distinct name is split once.
            if (!distinct.Add(keys[i]))
            {
                continue;
            }

            // Known names give their first word only, as they always did; unknown ones every leading part.
            for (var space = keys[i].IndexOf(' '); space > 0; space = m.Entry is null ? keys[i].IndexOf(' ', space + 1) : -1)
            {
                var first = keys[i].AsSpan(0, space);
                SpanKeys.Set(firstWords, first, SpanKeys.TryGetValue(firstWords, first, out var known) ? Longer(known, keys[i]) : keys[i]);
            }
        }

        if (acronyms)
        {
            LinkAcronymsToInitials(tokenizer, mentions, keys, expansions);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            work.Step();
            if (mentions[i].Kind != NameKind.Organization)
            {
                continue;
            }

            if (expansions.TryGetValue(keys[i], out var full) || (firstWords.TryGetValue(keys[i], out full) && full is not null))
            {
                keys[i] = full;
            }
        }
    }

    /// <summary>
    /// The name a leading part stands for when two names start with it: the longer when one is the other's leading part
    /// (Hayashi Motor and Hayashi Motor Co. are one firm), else none (two firms share the word).
    /// </summary>
    private static string? Longer(string? known, string name)
    {
        if (known is null || known == name)
        {
            return known;
        }

        var (shorter, longer) = known.Length < name.Length ? (known, name) : (name, known);
        return longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length] == ' ' ? longer : null;
    }

    /// <summary>
    /// An acronym used alone (the RBA said) takes the key of the one organisation of the document whose capitalised words'
    /// initials it spells (Reserve Bank of Australia), unless it is defined in brackets already.
    /// </summary>
    private static void LinkAcronymsToInitials(NameTokenizer tokenizer, List<NameCandidate> mentions, string[] keys, Dictionary<string, string> expansions)
    {
        var tokens = tokenizer.Tokens;
        Dictionary<string, string?>? byInitials = null;
        Span<char> buffer = stackalloc char[8];
        for (var j = 0; j < mentions.Count; j++)
        {
            var full = mentions[j];
            if (full.Kind == NameKind.Organization && full.Count >= 2 && Initials(tokenizer, full, buffer) is var length and >= 2)
            {
                byInitials ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                if (!SpanKeys.TryGetValue(byInitials, buffer[..length], out var known))
                {
                    byInitials[new string(buffer[..length])] = keys[j];
                }
                else if (known != keys[j])
                {
                    // Two organisations with the same initials leave the acronym unlinked.
                    byInitials[new string(buffer[..length])] = null;
                }
            }
        }

        if (byInitials is null)
        {
            return;
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Kind == NameKind.Organization && m.Count == 1 && m.Entry is null && tokens[m.First].Has(NameTokenFlags.AllCaps) && !expansions.ContainsKey(keys[i])
                && SpanKeys.TryGetValue(byInitials, tokenizer.Text(m.First), out var full) && full is not null)
            {
                expansions[keys[i]] = full;
            }
        }
    }

    /// <summary>
    /// Whether a bracketed acronym spells the initials of the English name before it in another order (National Liberation
    /// Army (ELN), Revolutionary Armed Forces of Colombia (FARC)): a body known by the acronym of its own language's name,
    /// whose words stand in another order, is written so in English news.
    /// </summary>
    private static bool IsTranslatedAcronym(NameTokenizer tokenizer, ReadOnlySpan<char> acronym, in NameCandidate expansion)
    {
        Span<char> initials = stackalloc char[8];
        var length = Initials(tokenizer, expansion, initials);
        if (length < 3 || length != acronym.Length)
        {
            return false;
        }

        Span<char> letters = stackalloc char[8];
        acronym.ToUpperInvariant(letters);
        initials[..length].Sort();
        letters[..length].Sort();
        return initials[..length].SequenceEqual(letters[..length]);
    }

    /// <summary>Writes the initials of a name's capitalised words to <paramref name="buffer"/>; 0 if they do not fit.</summary>
    private static int Initials(NameTokenizer tokenizer, in NameCandidate name, Span<char> buffer)
    {
        var tokens = tokenizer.Tokens;
        var length = 0;
        for (var k = name.First; k <= name.Last; k++)
        {
            if (tokens[k].IsCapitalized)
            {
                if (length == buffer.Length)
                {
                    return 0;
                }

                buffer[length++] = char.ToUpperInvariant(tokenizer.Text(k)[0]);
            }
        }

        return length;
    }
}
