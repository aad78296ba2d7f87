using Ingest.Readers.Office.Presentation;
using Ingest.Readers.Office.Spreadsheet;
using Ingest.Readers.Office.Tests.TestSupport;
using Ingest.Readers.Office.Word;
using Ingest.Testing;

namespace Ingest.Readers.Office.Tests.Robustness;

public sealed class BadPackageTests
{
    private static byte[] Fixture(string extension) => File.ReadAllBytes(OfficeReading.FixturePath($"formats/office/003_d83d9bb4bc8cd208.{extension}"));

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("pptx")]
    public async Task A_truncated_package_fails_with_a_malformed_diagnostic(string extension)
    {
        var bytes = Fixture(extension);

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => OfficeReading.ReadAsync(Reader(extension), bytes[..(bytes.Length / 2)]));

        Assert.Equal($"{extension}.malformed", error.Code);
    }

    [Fact]
    public async Task Malformed_xml_in_the_main_part_fails_with_a_malformed_diagnostic()
    {
        var bytes = ZipBytes.Create(
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"u8.ToArray()),
            ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"u8.ToArray()),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>unclosed"u8.ToArray()));

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => OfficeReading.ReadAsync(new DocxReader(), bytes));

        Assert.Equal("docx.malformed", error.Code);
    }

    [Theory]
    [InlineData("xlsx", "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unclosed")]
    [InlineData("pptx", "ppt/slides/slide1.xml", "<p:sld xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"><p:cSld><p:spTree><p:sp>")]
    public async Task Malformed_xml_in_a_sheet_or_slide_fails_with_a_malformed_diagnostic(string extension, string part, string xml)
    {
        var bytes = ReplacePart(Fixture(extension), part, xml);

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => OfficeReading.ReadAsync(Reader(extension), bytes));

        Assert.Equal($"{extension}.malformed", error.Code);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("pptx")]
    public async Task A_password_protected_file_fails_with_an_encrypted_diagnostic(string extension)
    {
        // Office writes a password-protected package inside an OLE compound file.
        byte[] bytes = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => OfficeReading.ReadAsync(Reader(extension), bytes));

        Assert.Equal($"{extension}.encrypted", error.Code);
    }

    [Fact]
    public async Task Encrypted_zip_entries_fail_with_an_encrypted_diagnostic()
    {
        var error = await Assert.ThrowsAsync<DocumentReadException>(() => OfficeReading.ReadAsync(new XlsxReader(), ZipBytes.MarkEncrypted(Fixture("xlsx"))));

        Assert.Equal("xlsx.encrypted", error.Code);
    }

    [Fact]
    public async Task A_zip_bomb_part_is_refused_before_it_is_decompressed()
    {
        var bytes = ZipBytes.Bomb("word/document.xml", 64L << 20);

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => OfficeReading.ReadAsync(new DocxReader(), bytes));

        Assert.Equal("docx.zip-bomb", error.Code);
        Assert.True(bytes.Length < 1 << 20);
    }

    [Fact]
    public async Task A_package_expanding_past_the_total_limit_is_refused()
    {
        var reader = new PptxReader(new OfficeReaderOptions { MaxUncompressedBytes = 10_000 });

        var error = await Assert.ThrowsAsync<DocumentReadException>(() => OfficeReading.ReadAsync(reader, Fixture("pptx")));

        Assert.Equal("pptx.too-large", error.Code);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("pptx")]
    public async Task Mutated_packages_read_or_fail_with_a_read_error_only(string extension)
    {
        var original = Fixture(extension);
        for (var seed = 0; seed < 60; seed++)
        {
            var mutated = InputMutator.Mutate(original, seed);
            try
            {
                var document = await OfficeReading.ReadAsync(Reader(extension), mutated);
                Assert.NotNull(document.Text);
            }
            catch (DocumentReadException ex)
            {
                Assert.StartsWith(extension + ".", ex.Code, StringComparison.Ordinal);
            }
        }
    }

    private static byte[] ReplacePart(byte[] package, string part, string xml)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(xml);
        }

        return stream.ToArray();
    }

    private static IDocumentReader Reader(string extension) => extension switch
    {
        "docx" => new DocxReader(),
        "xlsx" => new XlsxReader(),
        _ => new PptxReader(),
    };
}
