namespace Ingest.Normalizers.Names;

/// <summary>
/// Links the mentions of one document into entities: spellings fold to one key, a surname or given name alone links
/// to the full name it belongs to (in the document, else among well-known people, else earlier in the batch), and
/// each entity gets its canonical form (the fullest, best supported spelling) and a key derived from that form.
/// </summary>
internal sealed class NameLinker
{
    private readonly NameBatchRegistry? _registry;

    public NameLinker(NameBatchRegistry? registry)
    {
        _registry = registry;
    }

    /// <summary>Links <paramref name="mentions"/> and returns them as entities, in document order.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="mentions">The mentions found.</param>
    public List<NameEntity> Link(string text, NameTokenizer tokenizer, List<NameCandidate> mentions)
    {
        var tokens = tokenizer.Tokens;
        var count = mentions.Count;
        var surfaces = new string[count];
        var surfaceWords = new int[count];
        var keys = new string[count];
        var external = new Dictionary<(NameKind Kind, string Key), string>();
        for (var i = 0; i < count; i++)
        {
            var m = mentions[i];
            var start = tokens[m.First].Start;
            surfaces[i] = text[start..tokens[m.Last].End];
            var surfaceKey = tokenizer.Key(m.First, m.Last);
            surfaceWords[i] = surfaceKey.Count(' ') + 1;
            keys[i] = m.Entry?.Key ?? surfaceKey.ToString();
            if (m.Entry is not null)
            {
                external[(m.Kind, keys[i])] = m.Entry.Canonical;
            }
        }

        LinkPeople(mentions, keys, external);

        // Clusters of mentions with one kind and key; for each, its distinct surface forms in order of first appearance
        // (with the first mention written so and how often it is written), its canonical form and its entity key.
        var clusterOf = new NameCluster[count];
        var clusters = new Dictionary<(NameKind Kind, string Key), NameCluster>();
        for (var i = 0; i < count; i++)
        {
            if (!clusters.TryGetValue((mentions[i].Kind, keys[i]), out var cluster))
            {
                clusters[(mentions[i].Kind, keys[i])] = cluster = new NameCluster();
            }

            cluster.Members.Add(i);
            clusterOf[i] = cluster;
        }

        var firstMentions = new List<int>();
        var frequencies = new List<int>();
        foreach (var (id, cluster) in clusters)
        {
            var forms = cluster.Forms;
            firstMentions.Clear();
            frequencies.Clear();
            foreach (var i in cluster.Members)
            {
                var form = forms.IndexOf(surfaces[i]);
                if (form < 0)
                {
                    forms.Add(surfaces[i]);
                    firstMentions.Add(i);
                    frequencies.Add(1);
                }
                else
                {
                    frequencies[form]++;
                }
            }

            cluster.Canonical = ChooseCanonical(id, forms, firstMentions, frequencies, surfaceWords, external);
            cluster.EntityKey = KindName(id.Kind) + "/" + NameKeyFolder.Slug(id.Key);
        }

        var entities = new List<NameEntity>(count);
        for (var i = 0; i < count; i++)
        {
            var m = mentions[i];
            var cluster = clusterOf[i];
            var start = tokens[m.First].Start;
            entities.Add(new NameEntity(start, surfaces[i].Length, surfaces[i], m.Kind, cluster.Canonical, cluster.EntityKey, cluster.Forms));
        }

        if (_registry is not null)
        {
            foreach (var ((kind, key), cluster) in clusters)
            {
                if (kind == NameKind.Person && key.LastIndexOf(' ') is var space && space > 0)
                {
                    _registry.Remember(key[(space + 1)..], key, cluster.Canonical);
                }
            }
        }

        return entities;
    }

    private void LinkPeople(List<NameCandidate> mentions, string[] keys, Dictionary<(NameKind Kind, string Key), string> external)
    {
        // Partial full names join the fullest name that contains them: Tayyip Erdoğan → Recep Tayyip Erdoğan.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != NameKind.Person || keys[i].IndexOf(' ') < 0)
            {
                continue;
            }

            var best = keys[i];
            for (var j = 0; j < mentions.Count; j++)
            {
                if (mentions[j].Kind == NameKind.Person && keys[j].Length > best.Length && Contains(keys[j], keys[i]))
                {
                    best = keys[j];
                }
            }

            keys[i] = best;
        }

        // A lone given name or surname links to the nearest full name that has it.
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != NameKind.Person || keys[i].Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var word = keys[i];
            string? found = null;
            for (var distance = 1; distance < mentions.Count && found is null; distance++)
            {
                foreach (var j in (ReadOnlySpan<int>)[i - distance, i + distance])
                {
                    if (j >= 0 && j < mentions.Count && mentions[j].Kind == NameKind.Person && keys[j].IndexOf(' ') > 0
                        && (FirstWord(keys[j]).SequenceEqual(word) || LastWord(keys[j]).SequenceEqual(word)))
                    {
                        found = keys[j];
                        break;
                    }
                }
            }

            if (found is null && mentions[i].Surname?.Person is { } person)
            {
                found = person.Key;
                external[(NameKind.Person, found)] = person.Canonical;
            }

            if (found is null && _registry is not null && _registry.TryFind(word, out var key, out var canonical))
            {
                found = key;
                external.TryAdd((NameKind.Person, found), canonical);
            }

            if (found is not null)
            {
                keys[i] = found;
            }
        }
    }

    private static string ChooseCanonical((NameKind Kind, string Key) cluster, List<string> forms, List<int> firstMentions, List<int> frequencies, int[] surfaceWords, Dictionary<(NameKind Kind, string Key), string> external)
    {
        // The fullest form wins, then the one that contains the most mentions, then the most frequent; mentions spelled
        // alike score alike, so each distinct form is scored once.
        var best = -1;
        var bestWords = 0;
        var bestSupport = 0;
        var bestFrequency = 0;
        for (var f = 0; f < forms.Count; f++)
        {
            var words = surfaceWords[firstMentions[f]];
            var support = 0;
            for (var g = 0; g < forms.Count; g++)
            {
                if (forms[f].Contains(forms[g], StringComparison.Ordinal))
                {
                    support += frequencies[g];
                }
            }

            var frequency = frequencies[f];
            if (best < 0 || words > bestWords || (words == bestWords && (support > bestSupport || (support == bestSupport && frequency > bestFrequency))))
            {
                best = f;
                bestWords = words;
                bestSupport = support;
                bestFrequency = frequency;
            }
        }

        if (external.TryGetValue(cluster, out var known))
        {
            // A well-known or alias name wins unless the document spells a name at least as full.
            if (cluster.Kind != NameKind.Person || WordCount(NameKeyFolder.Fold(known)) > bestWords)
            {
                return known;
            }
        }

        return forms[best];
    }

    private static bool Contains(string longer, string shorter)
    {
        // Every word of the shorter name is a word of the longer one, and both end with the same surname.
        if (!LastWord(longer).SequenceEqual(LastWord(shorter)))
        {
            return false;
        }

        var rest = shorter.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..];
            if (!HasWord(longer, word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasWord(string key, ReadOnlySpan<char> word)
    {
        var rest = key.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            if ((space < 0 ? rest : rest[..space]).SequenceEqual(word))
            {
                return true;
            }

            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..];
        }

        return false;
    }

    private static ReadOnlySpan<char> FirstWord(string key)
    {
        var space = key.IndexOf(' ');
        return space < 0 ? key : key.AsSpan(0, space);
    }

    private static ReadOnlySpan<char> LastWord(string key)
    {
        var space = key.LastIndexOf(' ');
        return space < 0 ? key : key.AsSpan(space + 1);
    }

    private static int WordCount(string key)
    {
        var words = 1;
        foreach (var c in key)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }

    private static string KindName(NameKind kind) => kind switch
    {
        NameKind.Person => "person",
        NameKind.Place => "place",
        _ => "organization",
    };
}
