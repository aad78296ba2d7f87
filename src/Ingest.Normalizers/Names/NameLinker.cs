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
        var surfaceKeys = new string[count];
        var keys = new string[count];
        var external = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var m = mentions[i];
            var start = tokens[m.First].Start;
            surfaces[i] = text[start..tokens[m.Last].End];
            surfaceKeys[i] = tokenizer.Key(m.First, m.Last).ToString();
            keys[i] = m.Entry?.Key ?? surfaceKeys[i];
            if (m.Entry is not null)
            {
                external[Cluster(m.Kind, keys[i])] = m.Entry.Canonical;
            }
        }

        LinkPeople(mentions, keys, external);

        // Canonical forms, cluster by cluster.
        var clusters = new string[count];
        var members = new Dictionary<string, List<int>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            clusters[i] = Cluster(mentions[i].Kind, keys[i]);
            if (!members.TryGetValue(clusters[i], out var list))
            {
                members[clusters[i]] = list = new List<int>();
            }

            list.Add(i);
        }

        var canonical = new Dictionary<string, string>(members.Count, StringComparer.Ordinal);
        var variants = new Dictionary<string, List<string>>(members.Count, StringComparer.Ordinal);
        foreach (var (cluster, list) in members)
        {
            var forms = new List<string>();
            foreach (var i in list)
            {
                if (!forms.Contains(surfaces[i]))
                {
                    forms.Add(surfaces[i]);
                }
            }

            variants[cluster] = forms;
            canonical[cluster] = ChooseCanonical(cluster, list, mentions, surfaces, surfaceKeys, external);
        }

        var entities = new List<NameEntity>(count);
        for (var i = 0; i < count; i++)
        {
            var m = mentions[i];
            var cluster = clusters[i];
            var start = tokens[m.First].Start;
            entities.Add(new NameEntity(start, surfaces[i].Length, surfaces[i], m.Kind, canonical[cluster], KindName(m.Kind) + "/" + NameKeyFolder.Slug(keys[i]), variants[cluster]));
        }

        if (_registry is not null)
        {
            foreach (var (cluster, list) in members)
            {
                var key = keys[list[0]];
                if (mentions[list[0]].Kind == NameKind.Person && key.LastIndexOf(' ') is var space && space > 0)
                {
                    _registry.Remember(key[(space + 1)..], key, canonical[cluster]);
                }
            }
        }

        return entities;
    }

    private void LinkPeople(List<NameCandidate> mentions, string[] keys, Dictionary<string, string> external)
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
            if (mentions[i].Kind != NameKind.Person || keys[i].IndexOf(' ') >= 0)
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
                external[Cluster(NameKind.Person, found)] = person.Canonical;
            }

            if (found is null && _registry is not null && _registry.TryFind(word, out var key, out var canonical))
            {
                found = key;
                external.TryAdd(Cluster(NameKind.Person, found), canonical);
            }

            if (found is not null)
            {
                keys[i] = found;
            }
        }
    }

    private static string ChooseCanonical(string cluster, List<int> members, List<NameCandidate> mentions, string[] surfaces, string[] surfaceKeys, Dictionary<string, string> external)
    {
        var bestIndex = -1;
        var bestWords = 0;
        var bestSupport = 0;
        var bestFrequency = 0;
        foreach (var i in members)
        {
            var words = WordCount(surfaceKeys[i]);
            var support = 0;
            var frequency = 0;
            foreach (var j in members)
            {
                if (surfaces[i].Contains(surfaces[j], StringComparison.Ordinal))
                {
                    support++;
                }

                if (surfaces[i] == surfaces[j])
                {
                    frequency++;
                }
            }

            if (bestIndex < 0 || words > bestWords || (words == bestWords && (support > bestSupport || (support == bestSupport && frequency > bestFrequency))))
            {
                bestIndex = i;
                bestWords = words;
                bestSupport = support;
                bestFrequency = frequency;
            }
        }

        if (external.TryGetValue(cluster, out var known))
        {
            // A well-known or alias name wins unless the document spells a name at least as full.
            if (mentions[bestIndex].Kind != NameKind.Person || WordCount(NameKeyFolder.Fold(known)) > bestWords)
            {
                return known;
            }
        }

        return surfaces[bestIndex];
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

    private static string Cluster(NameKind kind, string key) => KindName(kind) + "|" + key;

    private static string KindName(NameKind kind) => kind switch
    {
        NameKind.Person => "person",
        NameKind.Place => "place",
        _ => "organization",
    };
}
