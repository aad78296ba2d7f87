using System.Text;
using System.Text.Json;
using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Tests.Containers;

public sealed class ContainerExpansionTests
{
    private static ServiceProvider Build(Action<IngestOptions>? options = null)
        => PipelineHarness.Build(b => b.AddReader(new BoxContainerReader()), options);

    private static MemorySourceDocument Box(byte[] content, string name = "outer.box")
        => new(content, new Uri("memory:/" + name));

    [Fact]
    public async Task Each_child_gets_a_result_naming_its_parent_and_path_before_the_parent_result()
    {
        await using var provider = Build();
        var box = Box(BoxContainerReader.Pack(("docs/a.txt", "alpha text"), ("b.txt", "beta text")));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [box, PipelineHarness.Text("plain")]);

        Assert.Equal(4, results.Count);
        var fromBox = results.Where(r => r.Index == 0).ToList();
        Assert.Equal(["docs/a.txt", "b.txt", null], fromBox.Select(r => r.PathInParent));
        Assert.Equal([1, 1, 0], fromBox.Select(r => r.Depth));
        Assert.Equal("alpha text", fromBox[0].Document!.Text);
        Assert.Equal(new Uri("memory:/outer.box/docs/a.txt"), fromBox[0].Source);
        Assert.All(fromBox.Take(2), r => Assert.Equal(box.Uri, r.Parent));
        Assert.Null(fromBox[2].Parent);
        Assert.Equal(IngestStatus.Succeeded, fromBox[2].Status);
        Assert.Equal("2", fromBox[2].Document!.Metadata.Extra["container.children"]);
    }

    [Fact]
    public async Task A_failed_child_makes_its_parent_partial_and_names_the_child()
    {
        await using var provider = Build();
        var box = Box(BoxContainerReader.Pack(("good.txt", "fine"), ("bad.txt", "THROW please")));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [box]);

        Assert.Equal(IngestStatus.Failed, results.Single(r => r.PathInParent == "bad.txt").Status);
        var parent = results[^1];
        Assert.Null(parent.Parent);
        Assert.Equal(IngestStatus.Partial, parent.Status);
        var diagnostic = Assert.Single(parent.Diagnostics, d => d.Code == "container.child-failed");
        Assert.Contains("bad.txt", diagnostic.Message);
        Assert.Contains("1 of the 2", diagnostic.Message);
    }

    [Fact]
    public async Task Containers_nested_past_the_depth_limit_are_read_but_not_opened()
    {
        await using var provider = Build(o => o.Containers.MaxDepth = 1);
        var inner = BoxContainerReader.Pack(("deep.txt", "too deep"));
        var box = Box(BoxContainerReader.Pack(("inner.box", inner), ("top.txt", Encoding.UTF8.GetBytes("shallow"))));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [box]);

        Assert.Equal(["inner.box", "top.txt", null], results.Select(r => r.PathInParent));
        var innerResult = results[0];
        Assert.Equal("box", innerResult.Reader);
        Assert.Equal(IngestStatus.Succeeded, innerResult.Status);
        Assert.Equal("container.depth-limit", Assert.Single(innerResult.Diagnostics).Code);
    }

    [Fact]
    public async Task Nested_containers_within_the_limit_give_grandchildren_before_their_parents()
    {
        await using var provider = Build();
        var inner = BoxContainerReader.Pack(("deep.txt", "grandchild"));
        var box = Box(BoxContainerReader.Pack(("inner.box", inner)));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [box]);

        Assert.Equal(["deep.txt", "inner.box", null], results.Select(r => r.PathInParent));
        Assert.Equal([2, 1, 0], results.Select(r => r.Depth));
        Assert.Equal(new Uri("memory:/outer.box/inner.box"), results[0].Parent);
        Assert.Equal("grandchild", results[0].Document!.Text);
    }

    [Fact]
    public async Task With_expansion_off_a_container_gives_its_own_result_only()
    {
        await using var provider = Build(o => o.Containers.ExpandChildren = false);
        var box = Box(BoxContainerReader.Pack(("a.txt", "alpha"), ("b.txt", "beta")));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [box]);

        var only = Assert.Single(results);
        Assert.Equal("a.txt\n\nb.txt", only.Document!.Text);
    }

    [Fact]
    public async Task A_listing_that_breaks_keeps_the_children_before_it_and_makes_the_parent_partial()
    {
        await using var provider = Build();
        var content = BoxContainerReader.Pack(("a.txt", "alpha")).Concat("\nBROKEN\n"u8.ToArray()).ToArray();

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [Box(content)]);

        Assert.Equal(2, results.Count);
        Assert.Equal("alpha", results[0].Document!.Text);
        var diagnostic = Assert.Single(results[1].Diagnostics, d => d.Code == "container.read-failed");
        Assert.Contains("the box is broken here", diagnostic.Message);
        Assert.Equal(IngestStatus.Partial, results[1].Status);
    }

    [Fact]
    public async Task A_container_from_a_single_use_stream_says_its_children_were_not_ingested()
    {
        await using var provider = Build();
        var stream = new MemoryStream(BoxContainerReader.Pack(("a.txt", "alpha")));
        var source = new StreamSourceDocument(stream, new Uri("memory:/once.box"));

        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [source]);

        var only = Assert.Single(results);
        Assert.Equal(IngestStatus.Succeeded, only.Status);
        Assert.Equal("container.not-reopened", Assert.Single(only.Diagnostics).Code);
    }

    [Fact]
    public async Task A_child_record_in_json_lines_names_its_parent_path_and_depth()
    {
        await using var provider = Build();
        var box = Box(BoxContainerReader.Pack(("docs/a.txt", "alpha")));
        var results = await PipelineHarness.RunAsync(provider.GetRequiredService<IIngestionService>(), [box]);

        using var child = JsonDocument.Parse(JsonLinesWriter.Serialize(results[0]));
        using var parent = JsonDocument.Parse(JsonLinesWriter.Serialize(results[1]));

        Assert.Equal("memory:/outer.box", child.RootElement.GetProperty("parent").GetString());
        Assert.Equal("docs/a.txt", child.RootElement.GetProperty("pathInParent").GetString());
        Assert.Equal(1, child.RootElement.GetProperty("depth").GetInt32());
        Assert.False(parent.RootElement.TryGetProperty("parent", out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public void A_depth_limit_out_of_range_is_refused_at_start(int depth)
    {
        using var provider = Build(o => o.Containers.MaxDepth = depth);

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<IIngestionService>());

        Assert.Contains("Containers.MaxDepth", error.Message);
    }
}
