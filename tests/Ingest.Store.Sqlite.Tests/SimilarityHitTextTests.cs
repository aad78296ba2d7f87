using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Ingest.Store.Sqlite.Tests;

/// <summary>
/// Similarity search reads its candidates and the text of the hits it keeps from one snapshot: chunk ids are reused
/// once a replaced document's rows are deleted, so a write in between could pair a hit with another chunk's text.
/// </summary>
public sealed class SimilarityHitTextTests : IDisposable
{
    private readonly StoreHarness _harness = new();

    [Fact]
    public async Task Every_hit_keeps_its_own_text_while_another_writer_replaces_documents()
    {
        var generator = new WordHashEmbeddingGenerator();
        var file = Path.Combine(_harness.Documents, "changing.txt");
        await File.WriteAllTextAsync(file, Version(0));
        await _harness.IngestAsync(generator);
        using var store = _harness.Open(generator);

        // The writer is another connection, as another process would be: each run replaces the document, whose new
        // chunk rows take the ids its old ones had.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var version = 1; !stop.IsCancellationRequested; version++)
            {
                await File.WriteAllTextAsync(file, Version(version));
                await _harness.IngestAsync(generator);
            }
        });

        var checkedHits = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(3) && !writer.IsCompleted)
        {
            foreach (var hit in await store.SearchAsync(new ChunkQuery { SimilarTo = "river ferry winter mill", Limit = 50 }))
            {
                Assert.Equal(hit.ChunkId[..hit.ChunkId.IndexOf('-', StringComparison.Ordinal)], HashPrefix(hit.Text));
                checkedHits++;
            }
        }

        await stop.CancelAsync();
        await writer;
        Assert.True(checkedHits > 0, "no hit was checked");
    }

    // Every version has other words in every paragraph, so every chunk's text (and id) changes with it.
    private static string Version(int version)
    {
        var text = new StringBuilder();
        for (var paragraph = 0; paragraph < 60; paragraph++)
        {
            text.Append("Paragraph ").Append(paragraph).Append(" of version ").Append(version)
                .Append(": the river rose past the old mill ").Append(version % 7 + paragraph)
                .Append(" times and the ferry stopped for the winter while the town waited.\n\n");
        }

        return text.ToString();
    }

    // The chunk id's prefix: the first 8 bytes of the SHA-256 of the text's UTF-8, in hexadecimal.
    private static string HashPrefix(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..8]);

    public void Dispose() => _harness.Dispose();
}
