using System.Reflection;

namespace Ingest.Normalizers.Names;

/// <summary>
/// The gazetteers, alias table and word lists of the name normalizer, read from the package's embedded data files
/// (<c>Names/Data/*.txt</c>) and extended by options and alias sources. Built once, then read by any number of threads.
/// </summary>
internal sealed class NameGazetteer
{
    private const string ResourcePrefix = "Ingest.Normalizers.Names.Data.";

    /// <summary>The tag of a word that occurs in a phrase of more than one word.</summary>
    private const int InPhrase = 1;

    private readonly PhraseTable<NameLexeme> _table = new();
    private readonly PhraseTable<string> _phraseWords = new();

    // Every phrase of the table and every word of a longer phrase, tagged when it is part of a longer phrase, filled
    // once the build is done: looking up a word is then one probe of one table, not one of each. A word known only as
    // part of longer phrases has this entry, which look-ups answer as none.
    private readonly NameLexeme _phraseWordOnly = new();
    private readonly PhraseTable<NameLexeme> _words = new();

    private NameGazetteer()
    {
    }

    /// <summary>The most words in one phrase of the table.</summary>
    public int MaxWords { get; private set; } = 1;

    /// <summary>Builds the gazetteer from the embedded data, then <paramref name="options"/> and <paramref name="aliasSources"/>.</summary>
    /// <param name="options">The options.</param>
    /// <param name="aliasSources">Aliases registered by plugins.</param>
    public static NameGazetteer Build(NameNormalizerOptions options, IEnumerable<INameAliasSource> aliasSources)
    {
        var gazetteer = new NameGazetteer();
        gazetteer.AddEntries("countries.txt", NameKind.Place);
        gazetteer.AddEntries("cities.txt", NameKind.Place);
        gazetteer.AddPhrases("cities.txt", LexemeFlags.City);
        gazetteer.AddEntries("regions.txt", NameKind.Place);
        gazetteer.AddEntries("organizations.txt", NameKind.Organization);
        gazetteer.AddEntries("metonyms.txt", NameKind.Organization);
        gazetteer.AddEntries("people.txt", NameKind.Person);
        gazetteer.AddWords("given-names.txt", LexemeFlags.GivenName);
        gazetteer.AddWords("common-words.txt", LexemeFlags.Common);
        gazetteer.AddPhrases("particles.txt", LexemeFlags.Particle);
        gazetteer.AddPhrases("titles.txt", LexemeFlags.Title);
        gazetteer.AddPhrases("demonyms.txt", LexemeFlags.Demonym);
        foreach (var line in ReadLines("headwords.txt"))
        {
            var space = line.IndexOf(' ');
            if (space > 0)
            {
                var flag = line.AsSpan(0, space).SequenceEqual("place") ? LexemeFlags.PlaceHead : LexemeFlags.OrganizationHead;
                gazetteer.Get(line[(space + 1)..]).Flags |= flag;
            }
        }

        foreach (var line in ReadLines("aliases.txt"))
        {
            var equals = line.IndexOf('=');
            if (equals > 0)
            {
                gazetteer.AddAlias(line[..equals].Trim(), line[(equals + 1)..].Trim());
            }
        }

        foreach (var (name, kind) in options.Gazetteer)
        {
            gazetteer.AddEntry(name, kind);
        }

        foreach (var (variant, canonical) in options.Aliases)
        {
            gazetteer.AddAlias(variant, canonical);
        }

        foreach (var source in aliasSources)
        {
            foreach (var (variant, canonical) in source.GetAliases())
            {
                gazetteer.AddAlias(variant, canonical);
            }
        }

        gazetteer.IndexWords();
        return gazetteer;
    }

    /// <summary>Whether a folded word occurs in some phrase of more than one word, so a phrase could continue through it.</summary>
    /// <param name="folded">The folded word.</param>
    public bool IsPhraseWord(ReadOnlySpan<char> folded)
    {
        _words.Find(folded, out var tag);
        return tag == InPhrase;
    }

    /// <summary>Finds a folded word or phrase.</summary>
    /// <param name="folded">The folded phrase.</param>
    public NameLexeme? Find(ReadOnlySpan<char> folded) => AsLexeme(_words.Find(folded));

    /// <summary>Finds the word of one token, by the key and hash the tokenizer computed.</summary>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="index">The token.</param>
    public NameLexeme? Find(NameTokenizer tokenizer, int index) => Resolve(tokenizer, index).Lexeme;

    /// <summary>Whether one token's word occurs in some phrase of more than one word.</summary>
    /// <param name="tokenizer">The tokenized document.</param>
    /// <param name="index">The token.</param>
    public bool IsPhraseWord(NameTokenizer tokenizer, int index) => (Resolve(tokenizer, index).State & TokenLookup.PhraseWord) != 0;

    /// <summary>The token's answers, both looked up by one probe the first time either is asked.</summary>
    private ref TokenLookup Resolve(NameTokenizer tokenizer, int index)
    {
        ref var lookup = ref tokenizer.Lookup(index);
        if ((lookup.State & TokenLookup.LexemeKnown) == 0)
        {
            var word = _words.Find(tokenizer.Key(index), tokenizer.KeyHash(index), out var tag);
            lookup.Lexeme = AsLexeme(word);
            lookup.State |= TokenLookup.LexemeKnown | TokenLookup.PhraseWordKnown;
            if (tag == InPhrase)
            {
                lookup.State |= TokenLookup.PhraseWord;
            }
        }

        return ref lookup;
    }

    /// <summary>The lexeme a look-up answers for an entry of the word table: none for a word known only inside phrases.</summary>
    private NameLexeme? AsLexeme(NameLexeme? word) => ReferenceEquals(word, _phraseWordOnly) ? null : word;

    /// <summary>Fills the one table read by look-ups from the phrase table and the phrase words, once all are added.</summary>
    private void IndexWords()
    {
        for (var i = 0; i < _table.Count; i++)
        {
            var key = _table.KeyAt(i);
            _words.GetOrAdd(key, () => _table.ValueAt(i), _phraseWords.Find(key) is not null ? InPhrase : 0);
        }

        for (var i = 0; i < _phraseWords.Count; i++)
        {
            _words.GetOrAdd(_phraseWords.KeyAt(i), () => _phraseWordOnly, InPhrase);
        }
    }

    private NameLexeme Get(string text)
    {
        var key = NameKeyFolder.Fold(text);
        var words = CountWords(key);
        MaxWords = Math.Max(MaxWords, words);
        if (words > 1)
        {
            foreach (var word in key.Split(' '))
            {
                _phraseWords.GetOrAdd(word, () => word);
            }
        }

        var lexeme = _table.GetOrAdd(key, static () => new NameLexeme());
        if (IsAcronym(text))
        {
            lexeme.Flags |= LexemeFlags.Acronym;
        }

        return lexeme;
    }

    private void AddEntries(string file, NameKind kind)
    {
        foreach (var line in ReadLines(file))
        {
            AddEntry(line, kind);
        }
    }

    private void AddEntry(string name, NameKind kind)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var lexeme = Get(name);
        if (lexeme.Entry is null || lexeme.Entry.Kind is null)
        {
            lexeme.Entry = new GazetteerEntry(kind, name.Trim());
        }

        if (kind == NameKind.Person)
        {
            var key = lexeme.Entry.Key;
            var space = key.LastIndexOf(' ');
            if (space > 0 && key.Length - space > 3)
            {
                var surname = _table.GetOrAdd(key[(space + 1)..], static () => new NameLexeme());
                surname.Flags |= LexemeFlags.Surname;
                surname.PersonCount++;
                surname.Person = surname.PersonCount == 1 ? lexeme.Entry : null;
            }
        }
    }

    private void AddAlias(string variant, string canonical)
    {
        if (string.IsNullOrWhiteSpace(variant) || string.IsNullOrWhiteSpace(canonical))
        {
            return;
        }

        var target = Get(canonical);
        var source = Get(variant);
        if (target.Entry is null)
        {
            target.Entry = new GazetteerEntry(source.Entry?.Kind, canonical.Trim());
        }
        else if (target.Entry.Kind is null && source.Entry?.Kind is { } kind)
        {
            target.Entry.Kind = kind;
        }

        if (!ReferenceEquals(source, target))
        {
            source.Entry = target.Entry;
        }

        if (target.Entry.Kind == NameKind.Person)
        {
            var key = NameKeyFolder.Fold(variant);
            if (key.IndexOf(' ') < 0)
            {
                source.Flags |= LexemeFlags.Surname;
            }
        }
    }

    private void AddWords(string file, LexemeFlags flag)
    {
        foreach (var line in ReadLines(file))
        {
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Get(word).Flags |= flag;
            }
        }
    }

    private void AddPhrases(string file, LexemeFlags flag)
    {
        foreach (var line in ReadLines(file))
        {
            Get(line).Flags |= flag;
        }
    }

    private static bool IsAcronym(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static int CountWords(string key)
    {
        var words = key.Length == 0 ? 0 : 1;
        foreach (var c in key)
        {
            if (c == ' ')
            {
                words++;
            }
        }

        return words;
    }

    private static IEnumerable<string> ReadLines(string file)
    {
        using var stream = typeof(NameGazetteer).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The name data file {file} is missing from {typeof(NameGazetteer).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }
}
