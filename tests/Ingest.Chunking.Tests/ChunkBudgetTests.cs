using Microsoft.ML.Tokenizers;

namespace Ingest.Chunking.Tests;

public sealed class ChunkBudgetTests
{
    private static readonly Tokenizer Cl100k = TiktokenTokenizer.CreateForEncoding("cl100k_base");

    private static readonly int[] BudgetSizes = [32, 128, 512];

    public static IEnumerable<object[]> Budgets() =>
        from name in FixtureDocuments.Names()
        from budget in BudgetSizes
        select new object[] { name[0], budget };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void No_chunk_of_a_fixture_is_over_the_budget_counted_by_cl100k(string fixture, int budget)
    {
        var (document, _) = FixtureDocuments.Get(fixture);
        var counter = TokenCounters.FromTokenizer(Cl100k, "cl100k_base");
        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = budget, TokenCounter = counter }).Chunk(document);

        Assert.NotEmpty(chunks);
        Assert.All(chunks, c => Assert.InRange(Cl100k.CountTokens(c.Text), 1, budget));
        Assert.All(chunks, c => Assert.Equal(Cl100k.CountTokens(c.Text), c.TokenCount));
    }

    [Theory]
    [MemberData(nameof(Budgets))]
    public void No_chunk_of_a_fixture_is_over_the_budget_counted_in_characters(string fixture, int budget)
    {
        var (document, _) = FixtureDocuments.Get(fixture);
        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = budget * 4 }).Chunk(document);

        Assert.All(chunks, c => Assert.InRange(c.Text.Length, 1, budget * 4));
    }

    [Fact]
    public void A_word_longer_than_the_budget_is_cut_into_pieces_that_fit()
    {
        var word = new string('x', 1000);
        var document = new TestDocuments().Add(BlockKind.Paragraph, $"Start {word} end.").Build();

        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 100 }).Chunk(document);

        Assert.All(chunks, c => Assert.InRange(c.Text.Length, 1, 100));
        Assert.Equal(1000, chunks.Sum(c => c.Text.Count(ch => ch == 'x')));
        Assert.InRange(chunks.Count, 11, 12);
    }

    [Fact]
    public void Options_outside_their_range_are_refused_with_a_message()
    {
        var error = Assert.Throws<ArgumentException>(() => DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 100, OverlapTokens = 60 }));
        Assert.Contains("OverlapTokens", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 0 }));
    }
}
