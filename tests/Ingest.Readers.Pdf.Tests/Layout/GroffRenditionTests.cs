using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Layout;

/// <summary>
/// Documents set by groff's -me, -mm and -ms macros (tests/Fixtures/pdf/groff). One-page ones: their running header
/// and footer repeat on no other page, so only their place on the page tells them from the body; the footnote at the
/// foot of the body is content and stays.
/// </summary>
public sealed class GroffRenditionTests
{
    private const string Header = "Harbour and Parish Notes";

    private const string Footer = "Printed for the local history society";

    private static string Read(string name) => PdfTestReading.ReadFixture(Path.Combine("pdf", "groff", name + ".pdf")).Text;

    [Theory]
    [InlineData("me-ps")]
    [InlineData("mm-pdf-plain")]
    [InlineData("ms-pdf-evenodd")]
    [InlineData("ms-ps")]
    public void A_one_page_documents_header_and_footer_are_left_out_and_its_body_is_kept_whole(string name)
    {
        var text = Read(name);

        Assert.DoesNotContain(Header, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Footer, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 1", text, StringComparison.Ordinal);
        Assert.StartsWith("Grafting an Old Orchard", text, StringComparison.Ordinal);
        Assert.Contains("seven of them carrying apples that grow nowhere else.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("me-ps")]
    [InlineData("ms-pdf-evenodd")]
    [InlineData("ms-ps")]
    public void A_footnote_under_the_body_is_kept(string name)
        => Assert.Contains("A footnote gives the source: the harbour ledger, volume three, now kept in the county archive.", Read(name), StringComparison.Ordinal);

    [Fact]
    public void A_decade_named_with_its_century_keeps_its_hyphen_across_a_line_end()
        => Assert.Contains("planted there in the eighteen-nineties, twenty-six", Read("ms-ps"), StringComparison.Ordinal);
}
