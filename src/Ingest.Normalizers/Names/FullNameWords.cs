namespace Ingest.Normalizers.Names;

/// <summary>
/// The first, middle and last words of the people a document names in full, found by the hash the tokenizer computed, so that
/// deciding whether a lone word belongs to one of them costs constant time however many there are.
/// </summary>
internal sealed class FullNameWords
{
    // Hash → a token carrying a word with that hash; the rare second word with the same hash goes to the overflow.
    private readonly Dictionary<long, int> _byHash = new();
    private readonly List<int> _collisions = new();

    /// <summary>Adds the first, middle and last words of <paramref name="mention"/> if it is a confirmed person named in full.</summary>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="mention">The mention.</param>
    public void Add(NameTokenizer tokenizer, in NameCandidate mention)
    {
        if (mention.Pending || mention.Kind != NameKind.Person || mention.Count < 2)
        {
            return;
        }

        AddWord(tokenizer, mention.First);
        AddWord(tokenizer, mention.Last);
        for (var k = mention.First + 1; k < mention.Last; k++)
        {
            // Lula of Luiz Inácio Lula da Silva: a middle name, not a particle, may stand for the person too.
            if (tokenizer.Tokens[k].IsCapitalized && tokenizer.Key(k).Length > 3)
            {
                AddWord(tokenizer, k);
            }
        }
    }

    /// <summary>Adds the word of a one-word person mention (a guess or a decided one), to look up surnames used alone.</summary>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="mention">The mention.</param>
    public void AddLoneWord(NameTokenizer tokenizer, in NameCandidate mention)
    {
        if (mention.Kind == NameKind.Person && mention.Count == 1 && mention.Entry is null)
        {
            AddWord(tokenizer, mention.First);
        }
    }

    /// <summary>Whether the word of token <paramref name="index"/> is a word of a full name.</summary>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="index">The token.</param>
    public bool Contains(NameTokenizer tokenizer, int index)
    {
        if (!_byHash.TryGetValue(tokenizer.KeyHash(index), out var token))
        {
            return false;
        }

        var word = tokenizer.Key(index);
        if (word.SequenceEqual(tokenizer.Key(token)))
        {
            return true;
        }

        foreach (var other in _collisions)
        {
            if (word.SequenceEqual(tokenizer.Key(other)))
            {
                return true;
            }
        }

        return false;
    }

    private void AddWord(NameTokenizer tokenizer, int index)
    {
        var hash = tokenizer.KeyHash(index);
        if (!_byHash.TryGetValue(hash, out var token))
        {
            _byHash[hash] = index;
        }
        else if (!tokenizer.Key(token).SequenceEqual(tokenizer.Key(index)) && !Contains(tokenizer, index))
        {
            _collisions.Add(index);
        }
    }
}
