using System.Text;
using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Robustness;

/// <summary>The DOM's memory budget: pages with more elements and attributes than <see cref="HtmlReaderOptions.MaxNodes"/>.</summary>
public sealed class NodeBudgetTests
{
    private static readonly HtmlReaderOptions WholePage = new() { IncludeTitle = false, ExtractMainContent = false };

    // Paragraphs of one seeded word each: <p class="c" id="pN">wordN</p> is three nodes (the element and two attributes).
    private static (string Html, string[] Words) Paragraphs(int seed, int count)
    {
        var random = new Random(seed);
        var words = new string[count];
        var html = new StringBuilder("<body>");
        for (var i = 0; i < count; i++)
        {
            words[i] = new string((char)('a' + random.Next(26)), random.Next(3, 8)) + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            html.Append("<p class=\"c\" id='p").Append(i).Append("'>").Append(words[i]).Append("</p>");
        }

        return (html.Append("</body>").ToString(), words);
    }

    private static HtmlReaderOptions Budget(long nodes) => new() { IncludeTitle = false, ExtractMainContent = false, MaxNodes = nodes };

    [Theory]
    [InlineData(1, 100, 10)]
    [InlineData(2, 1_000, 333)]
    [InlineData(3, 5_000, 4_999)]
    public async Task A_page_over_the_budget_is_read_up_to_the_tag_that_crosses_it(int seed, int paragraphs, int kept)
    {
        var (html, words) = Paragraphs(seed, paragraphs);

        // The body is one node; each paragraph three.
        var document = await HtmlPages.ReadAsync(html, Budget(1 + (3L * kept) + 2));

        Assert.Equal(string.Join("\n\n", words.Take(kept)), document.Text);
        var limit = Assert.Single(document.Diagnostics, d => d.Code == "html.limit.nodes");
        Assert.Equal(DiagnosticSeverity.Error, limit.Severity);
    }

    [Fact]
    public async Task A_page_within_the_budget_is_read_whole_without_a_diagnostic()
    {
        var (html, words) = Paragraphs(4, 500);

        var document = await HtmlPages.ReadAsync(html, Budget(1 + (3 * 500)));

        Assert.Equal(string.Join("\n\n", words), document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "html.limit.nodes");
    }

    [Fact]
    public async Task Tags_inside_scripts_and_comments_do_not_count()
    {
        var script = "<script>" + string.Concat(Enumerable.Repeat("if (a<b && c<d) x = '<p class=\"x\">';", 200)) + "</script>";
        var comment = "<!--" + string.Concat(Enumerable.Repeat("<b>", 500)) + "-->";
        var html = "<body>" + script + comment + "<p>after</p></body>";

        var document = await HtmlPages.ReadAsync(html, Budget(3));

        Assert.Equal("after", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "html.limit.nodes");
    }

    [Fact]
    public async Task A_million_empty_elements_stop_at_the_default_budget_with_the_text_before_them()
    {
        var html = "<body><p>first words</p>" + string.Concat(Enumerable.Repeat("<b>", 1_200_000)) + "</body>";

        var document = await HtmlPages.ReadAsync(html, WholePage);

        Assert.StartsWith("first words", document.Text, StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.limit.nodes");
    }

    [Fact]
    public async Task A_tag_of_thousands_of_attributes_counts_each_one()
    {
        var attributes = string.Concat(Enumerable.Range(0, 5_000).Select(i => $" a{i}=\"v\""));
        var html = "<body><p>kept</p><p" + attributes + ">dropped</p></body>";

        var document = await HtmlPages.ReadAsync(html, Budget(1_000));

        Assert.Equal("kept", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.limit.nodes");
    }

    [Fact]
    public async Task Unquoted_attribute_values_are_not_counted_as_attributes()
    {
        var html = "<body>" + string.Concat(Enumerable.Range(0, 100).Select(i => $"<p class=c id=p{i}>w{i}</p>")) + "</body>";

        // The body and three nodes a paragraph: the element, class and id.
        var document = await HtmlPages.ReadAsync(html, Budget(1 + (3 * 100)));

        Assert.Equal(string.Join("\n\n", Enumerable.Range(0, 100).Select(i => $"w{i}")), document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "html.limit.nodes");
    }

    [Fact]
    public async Task A_tag_end_inside_a_quoted_value_does_not_end_the_tag()
    {
        var html = "<body><p title=\"a<b>c\" class='x>y'>one</p><p>two</p></body>";

        // Two paragraphs, two attributes and the body: five nodes, none of them the <b> inside the title.
        var document = await HtmlPages.ReadAsync(html, Budget(5));

        Assert.Equal("one\n\ntwo", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "html.limit.nodes");
    }

    [Theory]
    [InlineData("<!-->")]
    [InlineData("<!--->")]
    public async Task A_comment_closed_at_once_does_not_hide_the_tags_after_it_from_the_budget(string comment)
    {
        // The browser ends these comments at their first '>', so the paragraphs after them are elements: 3 of them.
        var html = "<body>" + comment + "<p>one</p><p>two</p><p>three</p></body>";

        var document = await HtmlPages.ReadAsync(html, Budget(3));

        Assert.Equal("one\n\ntwo", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "html.limit.nodes");
    }

    [Fact]
    public async Task A_script_is_closed_only_by_its_own_end_tag_not_by_a_longer_name()
    {
        // "</scripts>" inside the script is text: the <p> tags before the real end tag are not counted.
        var html = "<body><script>var a = '</scripts><p>x</p><p>y</p>';</script><p>one</p></body>";

        var document = await HtmlPages.ReadAsync(html, Budget(3));

        Assert.Equal("one", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "html.limit.nodes");
    }
}
