namespace Ingest.Store.Sqlite.Tests;

public sealed class FilteredSearchTests : IDisposable
{
    private static readonly DateOnly From = new(2020, 9, 27);
    private static readonly DateOnly To = new(2020, 11, 10);

    private readonly StoreHarness _harness = new();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    public async Task A_text_search_with_name_and_dates_returns_the_unfiltered_ranking_restricted_to_the_matching_documents(int limit)
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using var store = _harness.Open();

        var unfiltered = store.Search(new ChunkQuery { Text = "peace", Limit = 1000 });
        var named = Sources(store.Search(new ChunkQuery { Mentioning = "Aliyev", Limit = 1000 }));
        var dated = Sources(store.Search(new ChunkQuery { DatesFrom = From, DatesTo = To, Limit = 1000 }));
        var expected = unfiltered.Where(h => named.Contains(h.Source) && dated.Contains(h.Source)).Take(limit).Select(Key).ToList();

        var filtered = store.Search(new ChunkQuery { Text = "peace", Mentioning = "Aliyev", DatesFrom = From, DatesTo = To, Limit = limit });

        Assert.NotEmpty(expected);
        Assert.Equal(expected, filtered.Select(Key).ToList());
    }

    [Fact]
    public async Task A_text_search_returns_its_chunks_best_first()
    {
        _harness.CopyFixtures();
        await _harness.IngestAsync();
        using var store = _harness.Open();

        var hits = store.Search(new ChunkQuery { Text = "peace", Limit = 1000 });

        Assert.True(hits.Count > 1);
        Assert.Equal(hits.Select(h => h.Score).Order(), hits.Select(h => h.Score));
    }

    public void Dispose() => _harness.Dispose();

    private static HashSet<Uri> Sources(IEnumerable<ChunkHit> hits) => hits.Select(h => h.Source).ToHashSet();

    private static (Uri Source, string ChunkId, double Score) Key(ChunkHit hit) => (hit.Source, hit.ChunkId, hit.Score);
}
