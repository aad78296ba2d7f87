using Ingest.Tests.Containers;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Pipeline.Ordering;

public sealed class OrderedResultsTests
{
    private static readonly string[] SixTexts = ["GATE first", "second", "third", "fourth", "fifth", "sixth"];

    [Fact]
    public async Task Results_come_in_source_order_when_the_first_document_finishes_last()
    {
        var reader = new GatedReader(openAfter: 4);
        await using var provider = Build(reader, o => o.MaxDegreeOfParallelism = 4);
        var sources = SixTexts.Select((t, i) => PipelineHarness.Text(t, $"d{i}.txt"));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), sources);

        Assert.Equal([0L, 1, 2, 3, 4, 5], results.Select(r => r.Index));
        Assert.Equal(SixTexts, results.Select(r => r.Document!.Text));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_source_whose_length_getter_throws_fails_alone_and_the_batch_ends(bool ordered)
    {
        await using var provider = PipelineHarness.Build(options: o =>
        {
            o.MaxDegreeOfParallelism = 2;
            o.EnsureOrdered = ordered;
        });
        SourceDocument[] sources = [new ThrowingLengthSource(), .. Enumerable.Range(1, 20).Select(i => PipelineHarness.Text($"text {i}", $"d{i}.txt"))];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), sources, timeout.Token);

        Assert.Equal(21, results.Count);
        var failed = Assert.Single(results, r => r.Status == IngestStatus.Failed);
        Assert.Equal(0, failed.Index);
        var diagnostic = Assert.Single(failed.Diagnostics);
        Assert.Equal("source", diagnostic.Stage);
        Assert.Contains("the length could not be read", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unordered_results_come_as_they_finish()
    {
        var reader = new GatedReader();
        await using var provider = Build(reader, o =>
        {
            o.MaxDegreeOfParallelism = 4;
            o.EnsureOrdered = false;
        });
        var sources = SixTexts.Take(4).Select((t, i) => PipelineHarness.Text(t, $"d{i}.txt"));

        var results = new List<IngestResult>();
        await foreach (var result in provider.GetRequiredService<IIngestionService>().IngestAsync(sources))
        {
            results.Add(result);
            if (results.Count == 3)
            {
                reader.Open();
            }
        }

        Assert.Equal([1L, 2, 3], results.Take(3).Select(r => r.Index).Order());
        Assert.Equal(0, results[3].Index);
    }

    [Fact]
    public async Task A_stuck_first_document_holds_back_at_most_four_sources_per_worker()
    {
        var reader = new GatedReader();
        await using var provider = Build(reader, o => o.MaxDegreeOfParallelism = 2);
        var sources = new CountingSources(["GATE first", .. Enumerable.Range(1, 39).Select(i => $"text {i}")]);

        var run = CollectAsync(provider.GetRequiredService<IIngestionService>().IngestAsync(sources.EnumerateAsync()));
        var window = 4 * 2;
        await WaitUntilAsync(() => sources.Taken > window);
        await Task.Delay(300);
        var takenWhileStuck = sources.Taken;
        reader.Open();
        var results = await run;

        // The window admits 8 sources; the producer holds the ninth while it waits for room.
        Assert.Equal(window + 1, takenWhileStuck);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), results.Select(r => r.Index));
    }

    [Fact]
    public async Task A_containers_children_come_just_before_it_and_after_the_sources_before_it()
    {
        await using var provider = PipelineHarness.Build(b => b.AddReader(new BoxContainerReader()), o => o.MaxDegreeOfParallelism = 4);
        var box = new MemorySourceDocument(BoxContainerReader.Pack(("a.txt", "alpha"), ("b.txt", "beta")), new Uri("memory:/outer.box"));
        SourceDocument[] sources = [PipelineHarness.Text("one"), box, PipelineHarness.Text("two"), PipelineHarness.Text("three")];

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), sources);

        Assert.Equal([0L, 1, 1, 1, 2, 3], results.Select(r => r.Index));
        Assert.Equal([0, 1, 1, 0, 0, 0], results.Select(r => r.Depth));
        Assert.Equal(["one", "alpha", "beta", "two", "three"], results.Where(r => r.Document is { Metadata.Extra.Count: 0 }).Select(r => r.Document!.Text));
    }

    [Fact]
    public async Task A_containers_worker_waits_for_its_turn_after_sixteen_children_behind_a_stuck_document()
    {
        var reader = new GatedReader();
        await using var provider = Build(reader, o => o.MaxDegreeOfParallelism = 2, withBoxes: true);
        var box = new MemorySourceDocument(
            BoxContainerReader.Pack(Enumerable.Range(0, 100).Select(i => ($"c{i}.txt", $"child {i}")).ToArray()),
            new Uri("memory:/many.box"));

        var run = CollectAsync(provider.GetRequiredService<IIngestionService>().IngestAsync(
            ToAsync([PipelineHarness.Text("GATE first"), box])));
        await WaitUntilAsync(() => reader.Read > 16);
        await Task.Delay(300);
        var readWhileStuck = reader.Read;
        reader.Open();
        var results = await run;

        // Sixteen children went out to wait in order; the seventeenth was read and its worker waits to send it.
        Assert.Equal(17, readWhileStuck);
        Assert.Equal(102, results.Count);
        Assert.Equal("GATE first", results[0].Document!.Text);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"c{i}.txt"), results.Skip(1).Take(100).Select(r => r.PathInParent));
        Assert.Equal(new Uri("memory:/many.box"), results[101].Source);
    }

    private static async IAsyncEnumerable<SourceDocument> ToAsync(SourceDocument[] sources)
    {
        foreach (var source in sources)
        {
            await Task.Yield();
            yield return source;
        }
    }

    private static ServiceProvider Build(GatedReader reader, Action<IngestOptions> options, bool withBoxes = false)
    {
        var services = new ServiceCollection();
        var builder = services.AddIngest().AddReader(reader).Configure(options);
        if (withBoxes)
        {
            builder.AddReader(new BoxContainerReader());
        }

        return services.BuildServiceProvider();
    }

    private static async Task<List<IngestResult>> CollectAsync(IAsyncEnumerable<IngestResult> results)
    {
        var list = new List<IngestResult>();
        await foreach (var result in results)
        {
            list.Add(result);
        }

        return list;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
