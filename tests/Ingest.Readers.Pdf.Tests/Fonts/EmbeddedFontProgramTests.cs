using System.Text;
using Ingest.Readers.Pdf.Fonts;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Fonts;

public sealed class EmbeddedFontProgramTests
{
    private static readonly Dictionary<string, int> StandardSids = new() { ["H"] = 41, ["i"] = 74, ["exclam"] = 2 };

    [Fact]
    public void Symbolic_truetype_font_without_encoding_reads_codes_through_its_symbol_cmap_and_post_names()
    {
        // Codes A B C reach glyphs 1 2 3 through the (3,0) cmap at 0xF000 + code; the post table names them H, i, exclam.
        var program = FontProgramBuilder.TrueType(
            [(3, 0, FontProgramBuilder.Format4(new Dictionary<int, int> { [0xF041] = 1, [0xF042] = 2, [0xF043] = 3 }))],
            [".notdef", "H", "i", "exclam"]);

        var document = PdfTestReading.Read(TrueTypePdf(program, "<414243>", encoding: null));

        Assert.Equal("Hi!", document.Text);
    }

    [Fact]
    public void Truetype_numbered_glyph_names_read_through_the_fonts_unicode_cmap()
    {
        // /Differences names the codes g1 and g2 (glyph ids); the (3,1) cmap gives those glyphs O and K.
        var program = FontProgramBuilder.TrueType([(3, 1, FontProgramBuilder.Format4(new Dictionary<int, int> { ['O'] = 1, ['K'] = 2 }))]);

        var document = PdfTestReading.Read(TrueTypePdf(program, "<0102>", "<< /Differences [1 /g1 /g2] >>"));

        Assert.Equal("OK", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "pdf.font.unmapped-glyphs");
    }

    [Fact]
    public void Truetype_glyph_names_unknown_to_the_glyph_list_are_found_in_the_post_table()
    {
        // The names are the font's own (post), the glyph ids come from them, and the (3,1) cmap gives the text.
        var program = FontProgramBuilder.TrueType(
            [(3, 1, FontProgramBuilder.Format4(new Dictionary<int, int> { ['n'] = 1, ['o'] = 2 }))],
            [".notdef", "glyph-en", "glyph-oh"]);

        var document = PdfTestReading.Read(TrueTypePdf(program, "<0102>", "<< /Differences [1 /glyph-en /glyph-oh] >>"));

        Assert.Equal("no", document.Text);
    }

    [Fact]
    public void Truetype_mac_roman_cmap_maps_codes_whose_encoding_names_mean_nothing()
    {
        var program = FontProgramBuilder.TrueType(
            [(1, 0, FontProgramBuilder.Format0(new Dictionary<int, int> { [0x31] = 1, [0x32] = 2 }))],
            [".notdef", "a", "b"]);

        var document = PdfTestReading.Read(TrueTypePdf(program, "<3132>", "<< /Differences [49 /x1 /x2] >>"));

        Assert.Equal("ab", document.Text);
    }

    [Fact]
    public void Cff_font_without_encoding_reads_codes_through_its_built_in_encoding_and_charset()
    {
        // Glyphs H (standard string), i (standard string) and uni0021 (custom string) have codes 1, 2, 3 in the program.
        var program = FontProgramBuilder.Cff(["H", "i", "uni0021"], [1, 2, 3], StandardSids);
        var pdf = PdfFileBuilder.SinglePage(
                "BT /F1 12 Tf 72 720 Td <010203> Tj ET",
                "<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Test /FontDescriptor 6 0 R >>")
            .Add(6, "<< /Type /FontDescriptor /FontName /ABCDEF+Test /Flags 4 /FontFile3 7 0 R >>")
            .AddStream(7, "/Subtype /Type1C", program)
            .Build();

        Assert.Equal("Hi!", PdfTestReading.Read(pdf).Text);
    }

    [Fact]
    public void Cff_differences_override_the_built_in_encoding_code_by_code()
    {
        var program = FontProgramBuilder.Cff(["H", "i"], [1, 2], StandardSids);
        var pdf = PdfFileBuilder.SinglePage(
                "BT /F1 12 Tf 72 720 Td <010203> Tj ET",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Test /Encoding << /Differences [3 /question] >> /FontDescriptor 6 0 R >>")
            .Add(6, "<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontFile3 7 0 R >>")
            .AddStream(7, "/Subtype /Type1C", program)
            .Build();

        Assert.Equal("Hi?", PdfTestReading.Read(pdf).Text);
    }

    [Fact]
    public void Decimal_glyph_names_of_a_cff_built_in_encoding_read_as_their_character_numbers()
    {
        // Some producers name glyphs by character number (C0072 is H); C0262 is beyond one byte and stays unmapped.
        var program = FontProgramBuilder.Cff(["C0072", "c105", "C0262"], [1, 2, 3], StandardSids);
        var pdf = PdfFileBuilder.SinglePage(
                "BT /F1 12 Tf 72 720 Td <010203> Tj ET",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Test /FontDescriptor 6 0 R >>")
            .Add(6, "<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontFile3 7 0 R >>")
            .AddStream(7, "/Subtype /Type1C", program)
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Hi", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.font.unmapped-glyphs" && d.Message.StartsWith("1 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Cid_font_with_a_name_keyed_cff_program_reads_glyph_ids_through_its_charset_names()
    {
        var program = FontProgramBuilder.Cff(["H", "i", "uni0021"], [1, 2, 3], StandardSids);
        var pdf = PdfFileBuilder.SinglePage(
                "BT /F1 12 Tf 72 720 Td <000100020003> Tj ET",
                "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Test /Encoding /Identity-H /DescendantFonts [6 0 R] >>")
            .Add(6, "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /ABCDEF+Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 500 >>")
            .Add(7, "<< /Type /FontDescriptor /FontName /ABCDEF+Test /Flags 4 /FontFile3 8 0 R >>")
            .AddStream(8, "/Subtype /Type1C", program)
            .Build();

        Assert.Equal("Hi!", PdfTestReading.Read(pdf).Text);
    }

    [Fact]
    public void Type1_font_without_encoding_uses_the_built_in_encoding_in_its_cleartext()
    {
        const string program = "%!PS-AdobeFont-1.0: Test\n/FontName /Test def\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n"
            + "dup 1 /H put\ndup 2 /i put\nreadonly def\ncurrentdict end\ncurrentfile eexec\n";
        var pdf = PdfFileBuilder.SinglePage(
                "BT /F1 12 Tf 72 720 Td <0102> Tj ET",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Test /FontDescriptor 6 0 R >>")
            .Add(6, "<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontFile 7 0 R >>")
            .AddStream(7, $"/Length1 {program.Length} /Length2 0 /Length3 0", program)
            .Build();

        Assert.Equal("Hi", PdfTestReading.Read(pdf).Text);
    }

    [Fact]
    public void Truncated_font_programs_give_partial_tables_and_never_throw()
    {
        var trueType = FontProgramBuilder.TrueType(
            [(3, 0, FontProgramBuilder.Format4(new Dictionary<int, int> { [0xF041] = 1, [0xF042] = 2 })), (1, 0, FontProgramBuilder.Format0(new Dictionary<int, int> { [0x41] = 1 }))],
            [".notdef", "H", "i"]);
        var cff = FontProgramBuilder.Cff(["H", "i", "uni0021"], [1, 2, 3], StandardSids);

        for (var length = 0; length < trueType.Length; length++)
        {
            var cut = trueType[..length];
            var text = new string?[256];
            TrueTypeSimpleFontText.Fill(cut, new string?[256], text);
            TrueTypePostReader.ReadGlyphNames(cut);
            TrueTypeCmapReader.ReadGlyphToUnicode(cut);
        }

        for (var length = 0; length < cff.Length; length++)
        {
            var parsed = CffFontProgram.Parse(cff[..length]);
            Assert.True(parsed is null || parsed.GlyphNames.Length > 0);
        }

        // The whole programs still read; a cut one inside a document leaves its glyphs unmapped and counted.
        Assert.Equal("uni0021", CffFontProgram.Parse(cff)!.Encoding![3]);
        var pdf = PdfFileBuilder.SinglePage(
                "BT /F1 12 Tf 72 720 Td <0102> Tj ET",
                "<< /Type /Font /Subtype /TrueType /BaseFont /Test /FontDescriptor 6 0 R /Encoding << /Differences [1 /g1 /g2] >> >>")
            .Add(6, "<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontFile2 7 0 R >>")
            .AddStream(7, string.Empty, trueType[..30])
            .Build();
        var document = PdfTestReading.Read(pdf);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.font.unmapped-glyphs");
    }

    [Fact]
    public void Cff_offsets_pointing_outside_the_program_are_ignored()
    {
        var cff = FontProgramBuilder.Cff(["H", "i"], [1, 2], StandardSids);

        // Point the charset, encoding and CharStrings offsets (the Top DICT's 5-byte integers) far past the end.
        var forged = (byte[])cff.Clone();
        var topDict = Encoding.Latin1.GetString(forged).IndexOf('\u001d', StringComparison.Ordinal);
        for (var i = 0; i < 3; i++)
        {
            forged[topDict + (i * 6) + 1] = 0x7F;
        }

        Assert.Null(CffFontProgram.Parse(forged));
    }

    private static byte[] TrueTypePdf(byte[] program, string codes, string? encoding)
        => PdfFileBuilder.SinglePage(
                $"BT /F1 12 Tf 72 720 Td {codes} Tj ET",
                $"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Test {(encoding is null ? string.Empty : "/Encoding " + encoding)} /FontDescriptor 6 0 R >>")
            .Add(6, "<< /Type /FontDescriptor /FontName /ABCDEF+Test /Flags 4 /FontFile2 7 0 R >>")
            .AddStream(7, $"/Length1 {program.Length}", program)
            .Build();
}
