using System.Text;
using Ingest.Readers.Office.Presentation;
using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Tests.TestSupport;
using Ingest.Readers.Office.Word;

namespace Ingest.Readers.Office.Tests.Detection;

public sealed class OfficeSignatureTests
{
    private const string Zip = "application/zip";

    private static byte[] Head(byte[] package) => package[..Math.Min(package.Length, 8192)];

    [Fact]
    public void A_package_written_by_the_sdk_is_recognised_from_its_content_types_part()
    {
        var docx = Head(GeneratedPackages.Docx((_, body) => body.Append(GeneratedPackages.Para("Harbour log"))));
        var xlsx = Head(GeneratedPackages.Xlsx([("Tides", w => GeneratedPackages.Row(w))], ["low"]));

        Assert.Equal(OfficeFormats.DocxMediaType, new DocxReader().Sniff(docx, Zip));
        Assert.Null(new XlsxReader().Sniff(docx, Zip));
        Assert.Equal(OfficeFormats.XlsxMediaType, new XlsxReader().Sniff(xlsx, Zip));
        Assert.Null(new PptxReader().Sniff(xlsx, Zip));
    }

    [Fact]
    public void Content_types_stored_first_name_the_presentation_main_part()
    {
        var types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/></Types>";
        var package = ZipBytes.Create(("[Content_Types].xml", Encoding.UTF8.GetBytes(types)), ("ppt/presentation.xml", "<p/>"u8.ToArray()));

        Assert.Equal(OfficeFormats.PptxMediaType, new PptxReader().Sniff(Head(package), Zip));
    }

    [Fact]
    public void A_plain_zip_with_a_word_folder_but_no_package_relationships_is_not_a_document()
    {
        var archive = ZipBytes.Create(("word/notes.txt", "a note"u8.ToArray()), ("word/more.txt", "another"u8.ToArray()));

        Assert.Null(new DocxReader().Sniff(Head(archive), Zip));
    }

    [Fact]
    public void Content_that_is_not_a_zip_is_never_claimed()
    {
        var docx = Head(GeneratedPackages.Docx((_, body) => body.Append(GeneratedPackages.Para("Harbour log"))));

        Assert.Null(new DocxReader().Sniff(docx, MediaTypes.OctetStream));
        Assert.Null(new DocxReader().Sniff("PK\u0003\u0004 cut short"u8, Zip));
    }
}
