using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// The gazetteer's one table of words and phrases: a word's entry and whether it is part of a longer phrase come from
/// one look-up, by text or by a token of a document, and agree with the data files.
/// </summary>
public sealed class NameGazetteerLookupTests
{
    // Look-ups are by folded text (Washington folds to "wasington", Georgia to "georgya").
    private static readonly NameGazetteer Gazetteer = NameGazetteer.Build(new NameNormalizerOptions(), []);

    [Fact]
    public void A_city_that_also_opens_a_longer_name_is_both_a_place_and_a_phrase_word()
    {
        // Washington (cities.txt) and the Washington Post (organizations.txt).
        Assert.Equal(NameKind.Place, Gazetteer.Find(NameKeyFolder.Fold("washington"))?.Entry?.Kind);
        Assert.True(Gazetteer.IsPhraseWord(NameKeyFolder.Fold("washington")));
    }

    [Fact]
    public void A_word_known_only_inside_a_phrase_has_no_entry_of_its_own()
    {
        // Buenos Aires: "buenos" alone names nothing.
        Assert.Null(Gazetteer.Find(NameKeyFolder.Fold("buenos")));
        Assert.True(Gazetteer.IsPhraseWord(NameKeyFolder.Fold("buenos")));
        Assert.Equal(NameKind.Place, Gazetteer.Find(NameKeyFolder.Fold("buenos aires"))?.Entry?.Kind);
    }

    [Fact]
    public void A_country_in_no_longer_phrase_is_a_place_but_not_a_phrase_word()
    {
        Assert.Equal(NameKind.Place, Gazetteer.Find(NameKeyFolder.Fold("georgia"))?.Entry?.Kind);
        Assert.False(Gazetteer.IsPhraseWord(NameKeyFolder.Fold("georgia")));
        Assert.False(Gazetteer.IsPhraseWord(NameKeyFolder.Fold("new york")));
        Assert.Null(Gazetteer.Find(NameKeyFolder.Fold("harvest")));
    }

    [Fact]
    public void A_token_gets_the_same_answers_as_its_folded_text()
    {
        using var tokenizer = NameTokenizer.Tokenize("Buenos Aires, Georgia and Washington sold grain.");
        for (var i = 0; i < tokenizer.Count; i++)
        {
            var key = tokenizer.Key(i);
            Assert.Same(Gazetteer.Find(key), Gazetteer.Find(tokenizer, i));
            Assert.Equal(Gazetteer.IsPhraseWord(key), Gazetteer.IsPhraseWord(tokenizer, i));

            // Asked again, the kept answer is the same.
            Assert.Same(Gazetteer.Find(key), Gazetteer.Find(tokenizer, i));
        }
    }
}
