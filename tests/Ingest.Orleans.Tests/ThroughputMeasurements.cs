using System.Diagnostics;
using Ingest.Tests.Postgres;
using Xunit.Abstractions;

namespace Ingest.Orleans.Tests;

/// <summary>
/// The figures of docs/scale-out.md: a batch whose documents each wait 50 ms (standing for I/O-bound reading) on one
/// silo and on three, and the store's write rate with one and four writers.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ThroughputMeasurements(ITestOutputHelper output)
{
    [MeasureFact]
    public async Task Batch_time_on_one_and_three_silos()
    {
        PacingNormalizer.Pace = TimeSpan.FromMilliseconds(50);
        var seconds = new Dictionary<int, double>();
        foreach (var silos in new[] { 1, 3 })
        {
            await using var harness = await ClusterHarness.StartAsync($"measure_{silos}", silos: silos);
            var folder = harness.NewFolder();
            ClusterHarness.WriteDocuments(folder, 120);
            var clock = Stopwatch.StartNew();
            await harness.Batch("measure").StartAsync([folder], partitions: 12);
            var progress = await harness.WaitUntilFinishedAsync("measure", TimeSpan.FromMinutes(5));
            seconds[silos] = clock.Elapsed.TotalSeconds;
            Assert.Equal(120, progress.Done);
            output.WriteLine($"{silos} silo(s): 120 documents in {seconds[silos]:F2} s ({120 / seconds[silos]:F1} documents/s)");
        }

        output.WriteLine($"speed-up 3 vs 1: {seconds[1] / seconds[3]:F2}");
    }

    [MeasureFact]
    public async Task Store_write_rate_with_one_and_four_writers()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("measure_store");
        await using var store = await PostgresDocumentStore.OpenAsync(new PostgresStoreOptions { ConnectionString = database.ConnectionString });
        var text = string.Join("\n\n", Enumerable.Range(0, 20).Select(i => $"Paragraph {i}: on 3 March 2022 Amelia Hartwell paid 1,250 EUR for {i + 2} crates."));
        foreach (var writers in new[] { 1, 4 })
        {
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = writers }, async (i, ct) =>
            {
                var source = new Uri($"file:///measure/{writers}/{i}.txt");
                var document = new Document(source, "text/plain", text + i, [new Block(BlockKind.Paragraph, 0, text.Length)], new DocumentMetadata());
                await store.WriteAsync(new IngestResult(source, i, IngestStatus.Succeeded, document, []) { Reader = "measure" }, ct);
            });
            output.WriteLine($"{writers} writer(s): 400 documents in {clock.Elapsed.TotalSeconds:F2} s ({400 / clock.Elapsed.TotalSeconds:F0} documents/s)");
        }

        Assert.Equal(800, await database.ScalarAsync("SELECT count(*) FROM documents"));
    }
}
