using System.Text;
using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// The name normalizer's work grows linearly with the document: doubling a names-heavy text at most doubles the steps
/// counted (and a bit), and a cancelled budget stops a long document.
/// </summary>
public sealed class NameScalingTests
{
    [Fact]
    public void Doubling_a_names_heavy_text_at_most_doubles_the_steps()
    {
        var small = Steps(NamesHeavyText(seed: 7, paragraphs: 1500));
        var large = Steps(NamesHeavyText(seed: 7, paragraphs: 3000));

        Assert.True(small > 10_000, $"too little work counted to compare: {small}");
        Assert.True(large <= small * 2.2, $"{small} steps for the text, {large} for twice the text");
    }

    [Fact]
    public void Doubling_a_text_that_repeats_one_surname_at_most_doubles_the_steps()
    {
        // Many people who share a surname, each later named by it alone: the partial-name and lone-surname links.
        var small = Steps(SharedSurnameText(count: 2000));
        var large = Steps(SharedSurnameText(count: 4000));

        Assert.True(large <= small * 2.2, $"{small} steps for the text, {large} for twice the text");
    }

    [Fact]
    public void A_cancelled_budget_stops_a_long_document()
    {
        var document = NameTestDocuments.FromText("long.txt", NamesHeavyText(seed: 3, paragraphs: 2000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => NameTestDocuments.Normalizer().Find(document, new NameWork(cancelled.Token)));
    }

    private static long Steps(string text)
    {
        var work = new NameWork(CancellationToken.None);
        var names = NameTestDocuments.Normalizer().Find(NameTestDocuments.FromText("scale.txt", text), work);
        Assert.NotEmpty(names);
        return work.Steps;
    }

    /// <summary>Paragraphs naming new people, places and organisations, each person later named by surname alone.</summary>
    private static string NamesHeavyText(int seed, int paragraphs)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        string[] given = ["Anna", "Pavel", "Maria", "John", "Fatima", "Kenji", "Amara", "Lucas"];
        string[] syllables = ["ka", "lo", "mir", "dan", "se", "vo", "ri", "tal", "ne", "bor", "gu", "shi"];
        for (var p = 0; p < paragraphs; p++)
        {
            var surname = Word(random, syllables, 3);
            var other = Word(random, syllables, 2);
            var place = Word(random, syllables, 2);
            text.Append(given[random.Next(given.Length)]).Append(' ').Append(surname)
                .Append(" met ").Append(given[random.Next(given.Length)]).Append(' ').Append(other)
                .Append(" in ").Append(place).Append(" on behalf of the ").Append(Word(random, syllables, 2)).Append(" Group. ")
                .Append(surname).Append(" said the talks went well, and ").Append(other).Append(" agreed with ")
                .Append(surname).Append(".\n");
        }

        return text.ToString();
    }

    private static string SharedSurnameText(int count)
    {
        var text = new StringBuilder();
        for (var p = 0; p < count; p++)
        {
            text.Append("Professor ").Append(GivenName(p)).Append(" Halvorsen spoke first. Halvorsen said the results held.\n");
        }

        return text.ToString();
    }

    /// <summary>A distinct capitalised given name for each number.</summary>
    private static string GivenName(int number)
    {
        var name = new StringBuilder("Ar");
        foreach (var digit in number.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            name.Append("bcdfghklmn"[digit - '0']).Append('e');
        }

        return name.ToString();
    }

    private static string Word(Random random, string[] syllables, int count)
    {
        var word = new StringBuilder();
        for (var s = 0; s < count; s++)
        {
            word.Append(syllables[random.Next(syllables.Length)]);
        }

        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }
}
