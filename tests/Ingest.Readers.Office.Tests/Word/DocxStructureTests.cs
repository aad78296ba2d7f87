using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ingest.Readers.Office.Tests.TestSupport;
using Ingest.Readers.Office.Word;
using static Ingest.Readers.Office.Tests.TestSupport.GeneratedPackages;

namespace Ingest.Readers.Office.Tests.Word;

public sealed class DocxStructureTests
{
    [Fact]
    public async Task Styles_outline_levels_and_numbering_give_title_headings_and_list_items()
    {
        var bytes = Docx((_, body) => body.Append(
            Para("Annual report", "Title"),
            Para("Overview", "Heading1"),
            Para("Chapter by inheritance", "MyChapter"),
            Para("Outlined", outline: 2),
            Para("First point", listLevel: 0),
            Para("Nested point", listLevel: 1),
            Para("Closing words.")));

        var document = await OfficeReading.ReadAsync(new DocxReader(), bytes);

        var blocks = document.Blocks.Select(b => (b.Kind, b.Level, b.GetText(document))).ToList();
        Assert.Equal(
            [
                (BlockKind.Title, null, "Annual report"),
                (BlockKind.Heading, 1, "Overview"),
                (BlockKind.Heading, 1, "Chapter by inheritance"),
                (BlockKind.Heading, 3, "Outlined"),
                (BlockKind.ListItem, 1, "First point"),
                (BlockKind.ListItem, 2, "Nested point"),
                (BlockKind.Paragraph, null, "Closing words."),
            ],
            blocks);
        Assert.Equal("Annual report", document.Metadata.Title);
    }

    [Fact]
    public async Task Merged_cells_keep_the_grid_as_empty_cells_after_a_span_and_under_a_vertical_merge()
    {
        var bytes = Docx((_, body) => body.Append(new Table(
            new TableRow(Cell("Region", 2), Cell("Total")),
            new TableRow(Cell("North", vMerge: MergedCellValues.Restart), Cell("a"), Cell("1")),
            new TableRow(Cell(string.Empty, vMerge: MergedCellValues.Continue), Cell("b"), Cell("2")))));

        var document = await OfficeReading.ReadAsync(new DocxReader(), bytes);

        var table = Assert.Single(document.Blocks);
        Assert.Equal(BlockKind.Table, table.Kind);
        Assert.Equal("Region\t\tTotal\nNorth\ta\t1\n\tb\t2", table.GetText(document));
    }

    [Fact]
    public async Task Footnotes_and_comments_follow_the_body_as_blocks_with_their_part_paths()
    {
        var bytes = Docx(
            (main, body) =>
            {
                body.Append(Para("Body text."));
                var notes = main.AddNewPart<FootnotesPart>();
                notes.Footnotes = new Footnotes(
                    new Footnote(Para(string.Empty)) { Id = -1, Type = FootnoteEndnoteValues.Separator },
                    new Footnote(Para("A footnote source.")) { Id = 1 });
                var comments = main.AddNewPart<WordprocessingCommentsPart>();
                comments.Comments = new Comments(new Comment(Para("Check this figure.")) { Id = "7", Author = "Rae" });
            });

        var document = await OfficeReading.ReadAsync(new DocxReader(), bytes);

        Assert.Equal(["Body text.", "A footnote source.", "Check this figure."], document.Blocks.Select(b => b.GetText(document)));
        var paths = document.Metadata.Extra["provenance"].Split('\n').Select(l => l.Split('\t')[1]).ToList();
        Assert.Equal(["/word/document.xml#/body/p[1]", "/word/footnotes.xml#/footnotes/footnote[@id=1]", "/word/comments.xml#/comments/comment[@id=7]"], paths);
    }

    [Fact]
    public async Task Core_properties_become_title_authors_dates_and_language()
    {
        var bytes = Docx(
            (_, body) => body.Append(Para("Text.")),
            document =>
            {
                document.PackageProperties.Title = "Quarterly figures";
                document.PackageProperties.Creator = "Ann Lee; Bo Chen";
                document.PackageProperties.Language = "en-GB";
                document.PackageProperties.Created = new DateTime(2021, 5, 6, 10, 0, 0, DateTimeKind.Utc);
                document.PackageProperties.Modified = new DateTime(2022, 1, 2, 10, 0, 0, DateTimeKind.Utc);
            });

        var document = await OfficeReading.ReadAsync(new DocxReader(), bytes);

        Assert.Equal("Quarterly figures", document.Metadata.Title);
        Assert.Equal(["Ann Lee", "Bo Chen"], document.Metadata.Authors);
        Assert.Equal("en-GB", document.Metadata.Language);
        Assert.Equal(new DateOnly(2021, 5, 6), document.Metadata.Published);
        Assert.Equal(new DateOnly(2022, 1, 2), document.Metadata.Modified);
    }
}
