using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>The gazetteer's open-addressed table from folded phrases to entries, looked up by span.</summary>
public sealed class PhraseTableTests
{
    [Fact]
    public void A_phrase_is_found_by_a_span_of_the_text_and_a_missing_one_is_not()
    {
        var table = new PhraseTable<string>();
        table.GetOrAdd("ilham aliev", static () => "person");
        table.GetOrAdd("nagorno karabah", static () => "place");

        Assert.Equal("person", table.Find("president ilham aliev said".AsSpan(10, 11)));
        Assert.Equal("place", table.Find("nagorno karabah"));
        Assert.Null(table.Find("ilham"));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void A_phrase_keeps_the_tag_it_was_first_added_with_and_a_missing_one_reads_zero()
    {
        var table = new PhraseTable<string>();
        table.GetOrAdd("washington", static () => "place", 1);
        table.GetOrAdd("washington", static () => "other", 0);
        table.GetOrAdd("post", static () => "word");

        Assert.Equal("place", table.Find("washington", out var tag));
        Assert.Equal(1, tag);
        Assert.Equal("word", table.Find("post", out tag));
        Assert.Equal(0, tag);
        Assert.Null(table.Find("times", out tag));
        Assert.Equal(0, tag);
    }

    [Fact]
    public void Adding_a_phrase_again_returns_the_first_value()
    {
        var table = new PhraseTable<string>();
        Assert.Equal("first", table.GetOrAdd("red cross", static () => "first"));
        Assert.Equal("first", table.GetOrAdd("red cross", static () => "second"));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Thousands_of_phrases_alike_but_for_the_top_bits_of_their_characters_are_all_found()
    {
        // Keys a text could pick to crowd the table under a fixed hash; every one must still be found.
        var table = new PhraseTable<string>();
        var keys = new List<string>();
        for (var pattern = 0; pattern < 2048; pattern++)
        {
            var key = "lake geneva".ToCharArray();
            for (var bit = 0; bit < key.Length; bit++)
            {
                key[bit] = (char)(key[bit] | (((pattern >> bit) & 1) << 15));
            }

            keys.Add(new string(key));
            table.GetOrAdd(keys[^1], () => keys[^1]);
        }

        Assert.Equal(2048, table.Count);
        foreach (var key in keys)
        {
            Assert.Same(key, table.Find(key));
        }

        Assert.Null(table.Find("lake genevb"));
    }
}
