namespace Ingest.Readers.Pdf.Tests.Layout;

public sealed class LayoutLineTests
{
    [Fact]
    public void Joins_superscripts_to_their_line()
    {
        var page = new SyntheticPage();
        var x = page.Text("Einstein wrote E = mc", 72, 700, size: 12);
        x = page.Text("2", x, 704.5, size: 7);
        page.Text(" in 1905.", x, 700, size: 12);
        page.Text("The next line follows.", 72, 686, size: 12);

        var block = Assert.Single(SyntheticPage.Analyze(page));

        Assert.Equal("Einstein wrote E = mc2 in 1905. The next line follows.", block.Text);
    }

    [Fact]
    public void Joins_subscripts_to_their_line()
    {
        var page = new SyntheticPage();
        var x = page.Text("Water is H", 72, 700, size: 12);
        x = page.Text("2", x, 697, size: 7);
        page.Text("O.", x, 700, size: 12);

        Assert.Equal("Water is H2O.", Assert.Single(SyntheticPage.Analyze(page)).Text);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Reads_rotated_text(double angle)
    {
        var page = new SyntheticPage();
        var radians = angle * Math.PI / 180;

        // Three lines of a paragraph, each next line one pitch further "down" in the text's own frame.
        string[] lines = ["rotated text must", "come out readable", "in its own order"];
        for (var i = 0; i < lines.Length; i++)
        {
            var down = 12.0 * i;
            var x = 300 + (down * Math.Sin(radians));
            var y = 400 - (down * Math.Cos(radians));
            page.Text(lines[i], x, y, angle: angle);
        }

        var block = Assert.Single(SyntheticPage.Analyze(page));

        Assert.Equal("rotated text must come out readable in its own order", block.Text);
    }

    [Fact]
    public void Reads_upright_body_before_a_rotated_margin_note()
    {
        var page = new SyntheticPage();
        page.Lines(["Body text comes first", "and reads normally."], 72, 700);
        page.Text("margin note", 40, 300, angle: 90);

        var blocks = SyntheticPage.Analyze(page);

        Assert.Equal(["Body text comes first and reads normally.", "margin note"], blocks.Select(b => b.Text));
    }
}
