using System.Text;
using Ingest.Readers.Html.Tests.TestSupport;

namespace Ingest.Readers.Html.Tests.Extraction;

/// <summary>
/// The class-name tests give the same answer however often a class name repeats and however many distinct names a page
/// has (past the number of answers the reader remembers at once).
/// </summary>
public sealed class ClassNameAnswerTests
{
    [Fact]
    public async Task Sidebars_with_thousands_of_distinct_class_names_are_all_left_out_and_the_story_kept()
    {
        var html = new StringBuilder("<html><head><title>Tides</title></head><body><article>");
        for (var i = 1; i <= 6; i++)
        {
            html.Append("<p class=\"story-text\">Paragraph ").Append(i)
                .Append(" of the story about the tides, which rose higher this spring than the harbour master had expected, and more.</p>");
        }

        html.Append("</article>");
        for (var i = 0; i < 5000; i++)
        {
            html.Append("<div class=\"sidebar-").Append(i).Append("\">Sidebar entry ").Append(i).Append("</div>");
        }

        html.Append("<div class=\"sidebar-0\">Sidebar entry again</div></body></html>");

        var document = await HtmlPages.ReadAsync(html.ToString());

        Assert.Contains("Paragraph 6 of the story", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sidebar entry", document.Text, StringComparison.Ordinal);
    }
}
