using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// The vector fold of ASCII words of up to sixteen characters the tokenizer uses: where it answers, it folds exactly as the letter-by-letter
/// fold does, and it declines the words a transliteration rule or a double letter changes.
/// </summary>
public sealed class ShortWordFoldTests
{
    private static (bool Folded, string Key) FoldShort(string word, string after = " the")
    {
        var source = word + after + "                 ";
        var destination = new char[18];
        var folded = NameKeyFolder.TryFoldShortAscii(source, word.Length, destination, out var written);
        return (folded, new string(destination, 0, written));
    }

    [Theory]
    [InlineData("the", "the")]
    [InlineData("Minister", "minister")]
    [InlineData("said", "said")]
    [InlineData("Alexandr", null)]
    [InlineData("Sergey", "sergei")]
    [InlineData("Pyotr", "pyotr")]
    [InlineData("Sandr", "sander")]
    [InlineData("Shusha", null)]
    [InlineData("Aliyev", null)]
    [InlineData("Maria", null)]
    [InlineData("Yevgeny", null)]
    [InlineData("Tayyip", null)]
    [InlineData("A380", "a380")]
    [InlineData("2000", null)]
    [InlineData("GDP", "gdp")]
    [InlineData("Government", "government")]
    [InlineData("Kazakhstan", null)]
    [InlineData("Ahmadabad", "ahmadabad")]
    [InlineData("Vladimirovsk", "vladimirovsk")]
    public void Folds_a_short_word_as_written_or_leaves_it_to_the_full_fold(string word, string? expected)
    {
        var (folded, key) = FoldShort(word);
        Assert.Equal(expected is not null, folded);
        if (folded)
        {
            Assert.Equal(expected, key);
            Assert.Equal(NameKeyFolder.Fold(word), key);
        }
    }

    [Fact]
    public void Agrees_with_the_full_fold_on_every_word_it_folds_among_many_of_rule_letters()
    {
        // Words of the letters the rules start with and end on, next to any text: what the vector folds must match.
        const string letters = "achiksxyzeroAHSYIbd19";
        var random = new Random(20261207);
        var folded = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var word = new char[random.Next(1, 17)];
            for (var i = 0; i < word.Length; i++)
            {
                word[i] = letters[random.Next(letters.Length)];
            }

            var text = new string(word);
            var (ok, key) = FoldShort(text, random.Next(2) == 0 ? "h" : "ya");
            if (ok)
            {
                folded++;
                Assert.Equal(NameKeyFolder.Fold(text), key);
            }
        }

        Assert.True(folded > 5_000, $"only {folded} words folded by the vector");
    }
}
