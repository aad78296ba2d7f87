using System.Text.RegularExpressions;
using Ingest.Testing;

namespace Ingest.Tests.Text;

public sealed class PlainTextReaderFixtureTests
{
    public static TheoryData<string, string, string?, string?, int> Heads => new()
    {
        { "000", "The Fall of Karabakh", null, "2023-09-20", 30 },
        { "001", "Russia, Turkey negotiate cease-fire in Armenian-Azeri war over Karabakh", "Alex Lantier", "2020-11-12", 24 },
        { "002", "Nagorno-Karabakh: the bleeding wound of post-Soviet nationalism", null, null, 43 },
        { "003", "Joint statement by revolutionary socialists in Turkey and Russia on the situation in Karabakh", null, "2020-11-14", 10 },
        { "004", "Armenian-Azerbaijan war turns Caucasus, Central Asia, Russia into a powder keg", "Clara Weiss", "2020-10-05", 24 },
    };

    public static TheoryData<string> Fixtures => new() { "000", "001", "002", "003", "004" };

    [Theory]
    [MemberData(nameof(Heads))]
    public async Task Reads_title_author_date_and_paragraph_count(string fixture, string title, string? author, string? published, int paragraphs)
    {
        var document = await ReaderHarness.ReadFixtureAsync(fixture);

        Assert.Equal(title, document.Metadata.Title);
        Assert.Equal(author is null ? Array.Empty<string>() : [author], document.Metadata.Authors);
        Assert.Equal(published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), document.Metadata.Published);
        Assert.Equal(paragraphs, ReaderHarness.TextsOf(document, BlockKind.Paragraph).Count());
        Assert.Equal(BlockKind.Title, document.Blocks[0].Kind);
        Assert.Equal(title, document.Blocks[0].GetText(document));
        Assert.Single(document.Blocks, b => b.Kind == BlockKind.Title);
    }

    [Theory]
    [InlineData("001", "The corridor will be patrolled by Russian peacekeepers. Armenia will guarantee")]
    [InlineData("001", "The Azeri army has shown its power to the whole world.”")]
    [InlineData("001", "both Russia and Iran have warned against CIA-backed Syrian Islamist militias")]
    [InlineData("004", "killing an estimated 40,000 people and displacing hundreds of thousands.")]
    [InlineData("004", "Iran, like Russia, has refrained from openly taking sides, insisting on negotiations and a ceasefire.")]
    [InlineData("004", "especially the presence of Islamist fighters could reignite long-simmering regionalist")]
    public async Task Repairs_paragraphs_broken_mid_sentence(string fixture, string joined)
    {
        var document = await ReaderHarness.ReadFixtureAsync(fixture);

        Assert.Single(ReaderHarness.TextsOf(document, BlockKind.Paragraph), p => p.Contains(joined, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Leaves_no_markdown_markers_in_the_text(string fixture)
    {
        var document = await ReaderHarness.ReadFixtureAsync(fixture);

        Assert.DoesNotContain("**", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\$", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("*\"", document.Text, StringComparison.Ordinal);
        Assert.All(document.Blocks, b => Assert.False(b.GetText(document).StartsWith('#'), b.GetText(document)));
        Assert.All(document.Blocks, b => Assert.False(b.GetText(document).StartsWith('*'), b.GetText(document)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Keeps_every_word_of_the_fixture_in_order(string fixture)
    {
        var raw = await File.ReadAllTextAsync(ReaderHarness.FixturePath(fixture));
        // The reference is the fixture without link targets, which are annotations rather than text.
        var reference = Regex.Replace(raw, @"\]\([^)\s]*\)", "]");

        var document = await ReaderHarness.ReadFixtureAsync(fixture);

        Assert.Null(WordMetrics.FirstMissingInOrder(document.Text, reference));
        Assert.Equal(1.0, WordMetrics.Score(document.Text, reference).Precision);
    }

    [Theory]
    [InlineData("000", new[] { "2023-09-20", "8 min read", "İlham Əliyev @azpresident", "@RTErdogan", "We are already doing this work. Support and join us.", "Original article" })]
    [InlineData("001", new[] { "Alex Lantier", "12 November 2020", "To contact the WSW and the Socialist Equality Party visit:", "wsws.org/contact" })]
    [InlineData("002", new[] { "Join us", "If you want more information about joining the IMT, fill in this form. We will get back to you as soon as possible." })]
    [InlineData("003", new[] { "Saturday 14th November 2020" })]
    [InlineData("004", new[] { "Clara Weiss", "5 October 2020", "To contact the WSWS and the Socialist Equality Party visit:", "wsws.org/contact" })]
    public async Task Marks_head_lines_and_tail_boilerplate_as_boilerplate(string fixture, string[] boilerplate)
    {
        var document = await ReaderHarness.ReadFixtureAsync(fixture);

        Assert.Equal(boilerplate, ReaderHarness.TextsOf(document, BlockKind.Boilerplate));
    }

    [Fact]
    public async Task Reads_reading_time_into_metadata()
    {
        var document = await ReaderHarness.ReadFixtureAsync("000");

        Assert.Equal("PT8M", document.Metadata.Extra["readingTime"]);
    }

    [Fact]
    public async Task Reads_markdown_headings_with_their_level_without_markers()
    {
        var document = await ReaderHarness.ReadFixtureAsync("000");

        var headings = document.Blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        Assert.Equal(["The Results of the Conflict", "The Consequences of The Conflict", "What To Do?"], headings.Select(h => h.GetText(document)));
        Assert.All(headings, h => Assert.Equal(2, h.Level));
    }

    [Fact]
    public async Task Infers_plain_text_headings_between_paragraphs()
    {
        var document = await ReaderHarness.ReadFixtureAsync("002");

        Assert.Equal(
            ["Genesis of the conflict", "A new round", "Imperialist interests in the region"],
            ReaderHarness.TextsOf(document, BlockKind.Heading));
    }

    [Fact]
    public async Task Keeps_links_as_annotations_over_their_anchor_text()
    {
        var document = await ReaderHarness.ReadFixtureAsync("004");

        var links = document.Entities.OfType<LinkEntity>().ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal("here", links[0].Text);
        Assert.Equal("here", document.Text.Substring(links[0].Start, links[0].Length));
        Assert.Equal("#", links[0].Target);
        Assert.Equal("wsws.org/contact", document.Text.Substring(links[1].Start, links[1].Length));
        Assert.Equal("https://www.wsws.org/contact", links[1].Target);
    }

    [Fact]
    public async Task Removes_backslash_escapes()
    {
        var document = await ReaderHarness.ReadFixtureAsync("004");

        Assert.Contains("granted Azerbaijan aid worth $100 million in 2018-2019, up from $3 million", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Gives_every_block_its_range_in_the_source(string fixture)
    {
        var source = await File.ReadAllTextAsync(ReaderHarness.FixturePath(fixture));

        var document = await ReaderHarness.ReadFixtureAsync(fixture);

        var previousEnd = 0;
        foreach (var block in document.Blocks)
        {
            var range = Assert.NotNull(block.SourceRange);
            Assert.True(range.Start >= previousEnd && range.End <= source.Length, block.ToString());
            previousEnd = range.End;
            // The block's first and last words open and close its source range (give or take markers and punctuation).
            var words = WordMetrics.Words(block.GetText(document));
            var sourceText = source.Substring(range.Start, range.Length);
            Assert.Contains(words[0], sourceText[..Math.Min(sourceText.Length, words[0].Length + 6)], StringComparison.Ordinal);
            Assert.Equal(words[^1], WordMetrics.Words(sourceText)[^1]);
        }
    }
}
