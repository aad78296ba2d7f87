using System.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Reading;

public sealed class MetadataTests
{
    [Fact]
    public void Reads_title_author_dates_producer_and_version_from_the_info_dictionary()
    {
        var builder = PdfFileBuilder.SinglePage("BT /F1 12 Tf 72 720 Td (Body) Tj ET")
            .Add(6, "<< /Title (\\376\\377\\000R\\000\\351\\000s\\000u\\000m\\000\\351) /Author (Ada Lovelace) /CreationDate (D:20230919083000+02'00') /ModDate (D:2024) /Producer (Test Producer 1.0) >>");
        builder.TrailerExtra = "/Info 6 0 R";

        var metadata = PdfTestReading.Read(builder.Build()).Metadata;

        Assert.Equal("Résumé", metadata.Title);
        Assert.Equal(["Ada Lovelace"], metadata.Authors);
        Assert.Equal(new DateOnly(2023, 9, 19), metadata.Published);
        Assert.Equal(new DateOnly(2024, 1, 1), metadata.Modified);
        Assert.Equal("Test Producer 1.0", metadata.Extra["producer"]);
        Assert.Equal("1.7", metadata.Extra["pdfVersion"]);
        Assert.Equal(1, metadata.PageCount);
    }

    [Fact]
    public void Fills_gaps_from_xmp_metadata()
    {
        const string xmp = """
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">XMP Title</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>First Author</rdf:li><rdf:li>Second Author</rdf:li></rdf:Seq></dc:creator>
            <xmp:CreateDate>2021-03-04T10:00:00Z</xmp:CreateDate>
            <pdf:Producer>XMP Producer</pdf:Producer>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """;
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 12 Tf 72 720 Td (Body) Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .AddStream(6, "/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(xmp))
            .Build();

        var metadata = PdfTestReading.Read(pdf).Metadata;

        Assert.Equal("XMP Title", metadata.Title);
        Assert.Equal(["First Author", "Second Author"], metadata.Authors);
        Assert.Equal(new DateOnly(2021, 3, 4), metadata.Published);
        Assert.Equal("XMP Producer", metadata.Extra["producer"]);
    }
}
