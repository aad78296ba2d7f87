namespace Ingest.Readers.Pdf.Tests.Layout;

public sealed class LayoutHyphenationTests
{
    private static string Read(params string[] lines)
    {
        var page = new SyntheticPage();
        page.Lines(lines, 72, 700);
        return SyntheticPage.Body(SyntheticPage.Analyze(page));
    }

    [Fact]
    public void Joins_a_word_hyphenated_at_a_line_end()
    {
        Assert.Equal("the international", Read("the inter-", "national"));
        Assert.Equal("an international treaty", Read("an inter-", "national treaty"));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_compound_with_a_capitalized_second_part()
    {
        Assert.Equal("war in Nagorno-Karabakh ended", Read("war in Nagorno-", "Karabakh ended"));
    }

    [Fact]
    public void Keeps_the_hyphen_when_the_document_writes_the_word_with_one()
    {
        Assert.Equal(
            "an anti-terrorist operation, the anti-terrorist measures",
            Read("an anti-terrorist operation, the anti-", "terrorist measures"));
    }

    [Fact]
    public void Joins_when_the_document_writes_the_word_without_a_hyphen()
    {
        Assert.Equal("the coordination of coordination", Read("the coordination of coordi-", "nation"));
    }

    [Fact]
    public void Keeps_the_hyphen_of_a_multi_part_compound()
    {
        Assert.Equal("a state-of-the-art design", Read("a state-of-the-", "art design"));
    }

    [Fact]
    public void Joins_at_a_soft_hyphen()
    {
        var page = new SyntheticPage();
        var x = page.Text("the Karabakh", 72, 700);
        page.Add(new Ingest.Readers.Pdf.Layout.PdfGlyph("\u00AD", x, 700, 5, 10, 0, 2.5, 1, false, false, 0));
        page.Text("ians left", 72, 688);

        Assert.Equal("the Karabakhians left", SyntheticPage.Body(SyntheticPage.Analyze(page)));
    }

    [Fact]
    public void Joins_after_a_dash_without_a_space()
    {
        Assert.Equal("the war—which ended", Read("the war—", "which ended"));
    }

    [Fact]
    public void Joins_a_hyphenated_part_of_a_compound_with_evidence_for_the_part()
    {
        Assert.Equal("terrorist acts and anti-terrorist laws", Read("terrorist acts and anti-terr-", "orist laws"));
    }
}
