using Ingest.Normalizers.Dates;

namespace Ingest.Normalizers.Tests.Dates;

/// <summary>
/// The tokenizer's two ways of reading a word (short ASCII words by their letters' vector, every other word by its span)
/// give the same tokens: a vocabulary with a key beyond ASCII has no short-word index, so every word takes the span path.
/// </summary>
public sealed class DateTokenizerTests
{
    private static readonly DateVocabulary SpanOnly = CreateSpanOnly();

    [Theory]
    [InlineData("On September 19, Azerbaijan announced an operation; it ended on the 20th.")]
    [InlineData("THE END of MAY and the Start of june WERE planned, then Cancelled.")]
    [InlineData("Christmas Eve, Father's Day and Thanksgiving: twice a week, right now.")]
    [InlineData("He walked and talked; she wanted, needed, ed, Ted, bed, tried and shED.")]
    [InlineData("café Azerbaijan’s Aÿ naïve Straße résumé ıt ſo")]
    [InlineData("Thursday THOUSAND eighteen Previous upcoming weekends; tuesday Evening")]
    [InlineData("seventeen thursdays fortnight yesterday tomorrow afternoon midnight")]
    [InlineData("a b c d e f g h i j k l m n o p q r s t u v w x y z")]
    [InlineData("in 1,960 days, 6,107.31 miles or 2010-2012 at 5pm")]
    [InlineData("x")]
    [InlineData("the")]
    public void Both_ways_of_reading_words_give_the_same_tokens(string text)
    {
        // Each text also at every shift, so that its words meet the line end at every distance.
        for (var cut = 0; cut < text.Length; cut++)
        {
            AssertSameTokens(text[cut..]);
            AssertSameTokens(text[..(text.Length - cut)]);
        }
    }

    [Fact]
    public void The_fixture_articles_give_the_same_tokens_both_ways()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt"))
        {
            foreach (var line in File.ReadAllLines(path))
            {
                AssertSameTokens(line);
            }
        }
    }

    [Fact]
    public void The_english_vocabulary_reads_short_words_by_their_letters()
    {
        Assert.NotNull(DateVocabulary.English.ShortWords);
        Assert.Null(SpanOnly.ShortWords);
    }

    [Fact]
    public void Function_words_no_rule_reads_first_and_unknown_words_are_plain_while_right_and_twice_are_not()
    {
        var tokens = Tokens("of the right twice table and May was", DateVocabulary.English);
        Assert.Equal(
            [true, false, false, false, true, true, false, true],
            tokens.Select(t => (t.Roles & TokenRoles.Plain) != 0).ToArray());
    }

    private static void AssertSameTokens(string text)
    {
        Assert.Equal(Tokens(text, SpanOnly), Tokens(text, DateVocabulary.English));
    }

    private static DateToken[] Tokens(string text, DateVocabulary vocabulary)
    {
        // From the shared pool, which the tokenizer grows them from: small, so that long texts make it grow them.
        var tokens = System.Buffers.ArrayPool<DateToken>.Shared.Rent(4);
        var starts = System.Buffers.ArrayPool<int>.Shared.Rent(4);
        var count = DateTokenizer.Tokenize(text, 7, vocabulary, ref tokens, ref starts, out var startCount, out var lastUnit);
        var result = tokens[..count];
        var startList = starts[..startCount];
        System.Buffers.ArrayPool<DateToken>.Shared.Return(tokens);
        System.Buffers.ArrayPool<int>.Shared.Return(starts);
        Assert.Equal(result.Select((t, k) => (t, k)).Where(p => (p.t.Roles & TokenRoles.Plain) == 0).Select(p => p.k), startList);
        Assert.Equal(result.Select((t, k) => (t, k)).LastOrDefault(p => (p.t.Roles & TokenRoles.UnitLike) != 0, (default, -1)).k, lastUnit);
        return result;
    }

    private static DateVocabulary CreateSpanOnly()
    {
        var words = DateVocabulary.EnglishWords;
        words["żżż"] = new WordEntry(WordClass.None, 0);
        return new DateVocabulary(words, HolidayTable.English.FirstWords);
    }
}
