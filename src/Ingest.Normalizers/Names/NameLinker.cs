using System.Runtime.InteropServices;

namespace Ingest.Normalizers.Names;

/// <summary>
/// Links the mentions of one document into entities: spellings fold to one key, a surname or given name alone links
/// to the full name it belongs to (in the document, else among well-known people, else earlier in the batch), and
/// each entity gets its canonical form (the fullest, best supported spelling) and a key derived from that form.
/// </summary>
internal sealed partial class NameLinker
{
    /// <summary>The most distinct full names with one surname that a partial name is compared with.</summary>
    private const int MaxNamesPerSurname = 64;

    /// <summary>The surface forms of one entity compared one by one before its others are looked up by hash.</summary>
    private const int MaxFormsScanned = 4;

    /// <summary>The most surface forms of one entity compared with each other when choosing the canonical form.</summary>
    private const int MaxFormsCompared = 64;

    private readonly NameBatchRegistry? _registry;

    public NameLinker(NameBatchRegistry? registry)
    {
        _registry = registry;
    }

    /// <summary>Links <paramref name="mentions"/> and returns them as entities, in document order.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="mentions">The mentions found.</param>
    /// <param name="work">Counts the work and checks for cancellation.</param>
    public List<NameEntity> Link(string text, NameTokenizer tokenizer, List<NameCandidate> mentions, NameWork work)
    {
        var tokens = tokenizer.Tokens;
        var count = mentions.Count;
        var surfaces = new string[count];
        var surfaceWords = new int[count];
        var keys = new string[count];
        var external = new Dictionary<(NameKind Kind, string Key), string>(KindKeyComparer.Instance);
        for (var i = 0; i < count; i++)
        {
            work.Step();
            var m = mentions[i];
            var surfaceKey = tokenizer.Key(m.First, m.Last);
            surfaceWords[i] = surfaceKey.Count(' ') + 1;
            keys[i] = m.Entry?.Key ?? surfaceKey.ToString();
            if (m.Entry is not null)
            {
                external[(m.Kind, keys[i])] = m.Entry.Canonical;
            }
        }

        JoinPartialNames(mentions, keys, work);
        LinkLoneNames(mentions, keys, external, work);
        LinkOrganizations(tokenizer, mentions, keys, work);
        var (clusters, clusterOf) = Cluster(text, tokens, mentions, keys, surfaces, surfaceWords, external, work);

        var entities = new List<NameEntity>(count);
        for (var i = 0; i < count; i++)
        {
            var m = mentions[i];
            var cluster = clusterOf[i];
            var start = tokens[m.First].Start;
            entities.Add(new NameEntity(start, surfaces[i].Length, surfaces[i], m.Kind, cluster.Canonical, cluster.EntityKey, cluster.Forms, cluster.Json));
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

    /// <summary>
    /// Groups mentions of one kind and key; for each group, its distinct surface forms in order of first appearance, its
    /// canonical form and its entity key. Forms are looked up by hash, so a long document costs linear time. Fills
    /// <paramref name="surfaces"/> with each mention's text, one string per distinct form of an entity.
    /// </summary>
    private static (Dictionary<(NameKind Kind, string Key), NameCluster> Clusters, NameCluster[] ClusterOf) Cluster(
        string text, ReadOnlySpan<NameToken> tokens, List<NameCandidate> mentions, string[] keys, string[] surfaces, int[] surfaceWords,
        Dictionary<(NameKind Kind, string Key), string> external, NameWork work)
    {
        var count = mentions.Count;
        var clusterOf = new NameCluster[count];
        var clusters = new Dictionary<(NameKind Kind, string Key), NameCluster>(count, KindKeyComparer.Instance);

        // Forms past the first few of a cluster, which is named in this index by its first mention: hashing an integer,
        // not the cluster object's identity.
        var formIndex = new Dictionary<(int Cluster, string Surface), int>(FormKeyComparer.Instance);
        for (var i = 0; i < count; i++)
        {
            work.Step();
            // One probe each, whether the entry is new or not.
            ref var cluster = ref CollectionsMarshal.GetValueRefOrAddDefault(clusters, (mentions[i].Kind, keys[i]), out _);
            cluster ??= new NameCluster { FirstMember = i };
            clusterOf[i] = cluster;
            var start = tokens[mentions[i].First].Start;
            var surface = text.AsSpan(start, tokens[mentions[i].Last].NameEnd - start);
            var form = FormOf(cluster, surface, formIndex);
            if (form >= 0)
            {
                // A mention spelled like an earlier one of its entity shares that one's string.
                cluster.Frequencies[form]++;
                surfaces[i] = cluster.Forms[form];
            }
            else
            {
                surfaces[i] = surface.ToString();
                if (cluster.Forms.Count >= MaxFormsScanned)
                {
                    formIndex[(cluster.FirstMember, surfaces[i])] = cluster.Forms.Count;
                }

                cluster.Forms.Add(surfaces[i]);
                cluster.FirstMentions.Add(i);
                cluster.Frequencies.Add(1);
            }
        }

        foreach (var (id, cluster) in clusters)
        {
            cluster.Canonical = ChooseCanonical(id, cluster.Forms, cluster.FirstMentions, cluster.Frequencies, surfaceWords, external, work);
            cluster.EntityKey = KindName(id.Kind) + "/" + NameKeyFolder.Slug(id.Key);
        }

        return (clusters, clusterOf);
    }

    /// <summary>
    /// The index of <paramref name="surface"/> among the forms of <paramref name="cluster"/>, or -1. Most entities have a
    /// form or two, compared in turn; the forms past the first <see cref="MaxFormsScanned"/> are found through
    /// <paramref name="formIndex"/>, so a name spelled many ways still costs one probe.
    /// </summary>
    private static int FormOf(NameCluster cluster, ReadOnlySpan<char> surface, Dictionary<(int Cluster, string Surface), int> formIndex)
    {
        var forms = cluster.Forms;
        var scanned = Math.Min(forms.Count, MaxFormsScanned);
        for (var f = 0; f < scanned; f++)
        {
            if (surface.SequenceEqual(forms[f]))
            {
                return f;
            }
        }

        return forms.Count > MaxFormsScanned && formIndex.TryGetValue((cluster.FirstMember, surface.ToString()), out var indexed) ? indexed : -1;
    }

    /// <summary>
    /// Partial full names join the fullest name that contains them: Tayyip Erdoğan → Recep Tayyip Erdoğan. Candidates
    /// are the distinct full names with the same surname, at most <see cref="MaxNamesPerSurname"/> of them.
    /// </summary>
    private static void JoinPartialNames(List<NameCandidate> mentions, string[] keys, NameWork work)
    {
        var bySurname = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            work.Step();
            if (mentions[i].Kind != NameKind.Person || keys[i].IndexOf(' ') < 0)
            {
                continue;
            }

            // Looked up by span, so a surname gets its string once, when first met.
            var names = SpanKeys.GetOrAdd(bySurname, LastWord(keys[i]), static () => new List<string>());

            if (names.Count < MaxNamesPerSurname && !names.Contains(keys[i], StringComparer.Ordinal))
            {
                names.Add(keys[i]);
            }
        }

        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            work.Step();
            if (mentions[i].Kind != NameKind.Person || keys[i].IndexOf(' ') < 0)
            {
                continue;
            }

            if (!joined.TryGetValue(keys[i], out var best))
            {
                best = keys[i];
                foreach (var other in SpanKeys.Get(bySurname, LastWord(keys[i])))
                {
                    work.Step();
                    if (other.Length > best.Length && Contains(other, keys[i]))
                    {
                        best = other;
                    }
                }

                joined[keys[i]] = best;
            }

            keys[i] = best;
        }
    }

    /// <summary>
    /// A lone given name or surname links to the nearest full name that has it (the earlier one when two are as near),
    /// else to a well-known person, else to a full name earlier in the batch. Full names are indexed by their first and
    /// last words, so finding the nearest is a binary search.
    /// </summary>
    private void LinkLoneNames(List<NameCandidate> mentions, string[] keys, Dictionary<(NameKind Kind, string Key), string> external, NameWork work)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            work.Step();
            if (mentions[i].Kind == NameKind.Person && keys[i].IndexOf(' ') > 0)
            {
                AddPosition(byWord, FirstWord(keys[i]), i);
                AddPosition(byWord, LastWord(keys[i]), i);
                AddMiddleWords(byWord, keys[i], i);
            }
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            work.Step();
            if (mentions[i].Kind != NameKind.Person || keys[i].Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var word = keys[i];
            string? found = null;
            if (byWord.TryGetValue(word, out var positions))
            {
                work.Step(1 + (int)Math.Log2(positions.Count));
                found = keys[Nearest(positions, i)];
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

    /// <summary>
    /// Indexes the inner words of a full name of three or more words (Lula of Luiz Inácio Lula da Silva): names of
    /// Portuguese, Spanish and Arabic usage are shortened to a middle name as often as to the last; particles (da, bin),
    /// short words of three letters or less, are left out.
    /// </summary>
    private static void AddMiddleWords(Dictionary<string, List<int>> byWord, string key, int position)
    {
        var start = key.IndexOf(' ') + 1;
        for (var end = key.IndexOf(' ', start); end > 0; end = key.IndexOf(' ', start))
        {
            if (end - start > 3)
            {
                AddPosition(byWord, key.AsSpan(start, end - start), position);
            }

            start = end + 1;
        }
    }

    private static void AddPosition(Dictionary<string, List<int>> byWord, ReadOnlySpan<char> word, int position)
    {
        // Looked up by span, so a word gets its string once, when first met.
        var positions = SpanKeys.GetOrAdd(byWord, word, static () => new List<int>());

        // The first and last word can be the same (Ali Ali): one position each.
        if (positions.Count == 0 || positions[^1] != position)
        {
            positions.Add(position);
        }
    }

    /// <summary>The position in ascending <paramref name="positions"/> nearest to <paramref name="index"/>, the earlier on a tie.</summary>
    private static int Nearest(List<int> positions, int index)
    {
        var after = positions.BinarySearch(index);
        if (after >= 0)
        {
            return positions[after];
        }

        after = ~after;
        if (after == 0)
        {
            return positions[0];
        }

        if (after == positions.Count)
        {
            return positions[^1];
        }

        var before = positions[after - 1];
        return index - before <= positions[after] - index ? before : positions[after];
    }

    private static string ChooseCanonical((NameKind Kind, string Key) cluster, List<string> forms, List<int> firstMentions, List<int> frequencies, int[] surfaceWords, Dictionary<(NameKind Kind, string Key), string> external, NameWork work)
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
            var compared = Math.Min(forms.Count, MaxFormsCompared);
            work.Step(compared);
            for (var g = 0; g < compared; g++)
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
            if (cluster.Kind != NameKind.Person || FoldedWordCount(known) > bestWords)
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

    /// <summary>The number of words of <paramref name="name"/>'s folded key, folded into a stack buffer when it is short.</summary>
    private static int FoldedWordCount(string name)
    {
        var buffer = name.Length <= 256 ? stackalloc char[(name.Length * 2) + 2] : new char[(name.Length * 2) + 2];
        return WordCount(buffer[..NameKeyFolder.Fold(name, buffer)]);
    }

    private static int WordCount(ReadOnlySpan<char> key)
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
