using Ingest.Readers.Html.Tests.TestSupport;
using Ingest.Testing;

namespace Ingest.Readers.Html.Tests.Extraction;

public sealed class FixturePageTests
{
    // The invented words make up the furniture of the generated pages (see tests/Fixtures/html/make-pages.py).
    private static readonly string[] BoilerplateWords =
    [
        "Zephyrine", "Crumbleflax", "Quorvex", "Blimtrade", "Plinkbook", "Tweetlark", "Tagzorbit", "Glimmerpost",
        "Commentovia", "Yarrowmint", "Frobnicating", "Snorkelwhip", "Vendoplux", "Vantaclue", "Quillstone", "Dribblefen",
    ];

    public static TheoryData<string> Fixtures => new()
    {
        "000_8356487e95b370c0", "001_dfc885e2c315c131", "002_d984472c41d3493e", "003_d83d9bb4bc8cd208", "004_1616c7d502a30445",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Returns_the_article_text_of_a_boilerplate_laden_page(string name)
    {
        var document = await ReadFixturePageAsync(name);
        var expected = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".txt"));

        var (precision, recall, f1) = WordMetrics.Score(document.Text, expected);

        Assert.True(f1 >= 0.99, $"F1 {f1:F4} (P {precision:F4}, R {recall:F4}); first missing word: {WordMetrics.FirstMissingInOrder(document.Text, expected)}");
        Assert.True(WordMetrics.BigramRecall(document.Text, expected) >= 0.98, "the article's word order is kept");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Leaves_out_every_word_of_the_page_furniture(string name)
    {
        var document = await ReadFixturePageAsync(name);
        var words = WordMetrics.Words(document.Text);

        foreach (var boilerplate in BoilerplateWords)
        {
            Assert.DoesNotContain(boilerplate, words);
        }
    }

    [Fact]
    public async Task Reads_title_byline_and_date_of_a_fixture_page()
    {
        var document = await ReadFixturePageAsync("001_dfc885e2c315c131");

        Assert.Equal("Russia, Turkey negotiate cease-fire in Armenian-Azeri war over Karabakh", document.Metadata.Title);
        Assert.Equal(["Alex Lantier"], document.Metadata.Authors);
        Assert.Equal(new DateOnly(2020, 11, 12), document.Metadata.Published);
        Assert.Equal("Zephyrine Courier", document.Metadata.SiteName);
        Assert.Equal("en", document.Metadata.Language);
        Assert.Equal(BlockKind.Title, document.Blocks[0].Kind);
    }

    [Fact]
    public async Task Whole_page_mode_keeps_the_furniture()
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", "003_d83d9bb4bc8cd208.html"));
        var document = await HtmlPages.ReadAsync(bytes, new HtmlReaderOptions { ExtractMainContent = false });

        var words = WordMetrics.Words(document.Text);
        Assert.Contains("Crumbleflax", words);
        Assert.Contains("Snorkelwhip", words);
        Assert.Contains("Shushi", words);
    }

    private static async Task<Document> ReadFixturePageAsync(string name)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", name + ".html"));
        return await HtmlPages.ReadAsync(bytes, uri: new Uri("https://zephyrine.example/world/" + name + ".html"));
    }
}
