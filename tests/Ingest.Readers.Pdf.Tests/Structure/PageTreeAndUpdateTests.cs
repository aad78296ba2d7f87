using System.Globalization;
using System.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Structure;

/// <summary>
/// Page trees and incremental updates as signing tools and odd writers leave them: the pages must still be read.
/// </summary>
public sealed class PageTreeAndUpdateTests
{
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    [Fact]
    public void An_intermediate_node_labelled_Page_in_Kids_is_walked_to_its_pages()
    {
        // Object 6 says /Type /Page but is a node: it has /Kids and no content of its own.
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [6 0 R] /Count 2 /MediaBox [0 0 612 792] >>")
            .Add(6, "<< /Type /Page /Parent 2 0 R /Kids [3 0 R 7 0 R] /Count 2 >>")
            .Add(3, "<< /Type /Page /Parent 6 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 12 Tf 72 720 Td (First leaf) Tj ET")
            .Add(5, Helvetica)
            .Add(7, "<< /Parent 6 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 8 0 R >>")
            .AddStream(8, string.Empty, "BT /F1 12 Tf 72 720 Td (Second leaf) Tj ET")
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal(2, document.Metadata.PageCount);
        Assert.Equal(["First leaf", "Second leaf"], document.Blocks.Select(b => b.GetText(document)));
        Assert.Equal([1, 2], document.Blocks.Select(b => b.Page));
    }

    [Fact]
    public void A_page_labelled_Pages_with_content_and_no_kids_is_read_as_a_page()
    {
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Pages /Kids [] /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 12 Tf 72 720 Td (Mislabelled leaf) Tj ET")
            .Add(5, Helvetica)
            .Build();

        Assert.Equal("Mislabelled leaf", PdfTestReading.Read(pdf).Text);
    }

    [Fact]
    public void A_signed_update_that_rewrites_the_page_tree_is_read_with_its_pages()
    {
        // A signature's incremental update rewrites the page (adding the widget annotation), the catalog (adding
        // /AcroForm) and appends a signature field, with its own table whose /Prev leads to the original.
        var (original, firstXref) = OriginalDocument();
        var update = Update(original.Length, prev: firstXref);

        var document = PdfTestReading.Read([.. original, .. update]);

        Assert.Equal(1, document.Metadata.PageCount);
        Assert.Equal("Signed contract text", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "pdf.xref.rebuilt");
    }

    [Fact]
    public void A_signed_update_whose_Prev_offset_is_wrong_still_finds_the_original_objects()
    {
        // The update carries the page tree; the page's content and font live only in the original, whose section
        // the wrong /Prev offset does not lead to.
        var (original, firstXref) = OriginalDocument();
        var update = Update(original.Length, prev: firstXref + 7);

        var document = PdfTestReading.Read([.. original, .. update]);

        Assert.Equal(1, document.Metadata.PageCount);
        Assert.Equal("Signed contract text", document.Text);
    }

    private static (byte[] Data, long Xref) OriginalDocument()
    {
        var original = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 12 Tf 72 720 Td (Signed contract text) Tj ET")
            .Add(5, Helvetica)
            .Build();
        var text = Encoding.Latin1.GetString(original);
        var xref = long.Parse(text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0], CultureInfo.InvariantCulture);
        return (original, xref);
    }

    private static byte[] Update(long start, long prev)
    {
        var objects = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 7 0 R /AcroForm << /Fields [6 0 R] /SigFlags 3 >> >>",
            [3] = "<< /Type /Page /Parent 7 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [6 0 R] >>",
            [6] = "<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V << /Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 0 0 0] /Contents <00> >> /P 3 0 R >>",
            [7] = "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>",
        };
        var body = new StringBuilder();
        var offsets = new Dictionary<int, long>();
        foreach (var (number, value) in objects)
        {
            offsets[number] = start + body.Length;
            body.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{value}\nendobj\n");
        }

        var xref = start + body.Length;
        body.Append("xref\n0 2\n0000000000 65535 f \n").Append(CultureInfo.InvariantCulture, $"{offsets[1]:D10} 00000 n \n");
        body.Append("3 1\n").Append(CultureInfo.InvariantCulture, $"{offsets[3]:D10} 00000 n \n");
        body.Append("6 2\n").Append(CultureInfo.InvariantCulture, $"{offsets[6]:D10} 00000 n \n{offsets[7]:D10} 00000 n \n");
        body.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size 8 /Root 1 0 R /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(body.ToString());
    }
}
