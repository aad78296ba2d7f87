using System.Text;
using Ingest.Readers.Pdf.Fonts;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Fonts;

public sealed class FontTests
{
    [Theory]
    [InlineData("A", "A")]
    [InlineData("eacute", "\u00e9")]
    [InlineData("uni00410042", "AB")]
    [InlineData("u1D400", "\U0001D400")]
    [InlineData("f_f_i", "ffi")]
    [InlineData("a.sc", "a")]
    [InlineData("fi", "\uFB01")]
    [InlineData("afii10017", "\u0410")]
    [InlineData("afii10071", "\u0451")]
    [InlineData("afii10097", "\u044F")]
    public void Glyph_names_map_to_unicode_by_the_adobe_glyph_list_rules(string name, string expected)
    {
        Assert.Equal(expected, PdfGlyphList.ToUnicode(name));
    }

    [Fact]
    public void Unknown_glyph_names_map_to_nothing()
    {
        Assert.Null(PdfGlyphList.ToUnicode("g123"));
    }

    [Fact]
    public void Standard_14_metrics_give_widths_and_aliases_find_the_font()
    {
        Assert.Equal(278, PdfStandard14.Find("Helvetica")!.Widths["space"]);
        Assert.Equal("Helvetica-Bold", PdfStandard14.Find("Arial,Bold")!.Name);
        Assert.Equal("Times-Italic", PdfStandard14.Find("ABCDEF+TimesNewRoman,Italic")!.Name);
    }

    [Fact]
    public void Type0_identity_h_font_reads_two_byte_codes_through_its_to_unicode_cmap()
    {
        const string toUnicode = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange "
            + "2 beginbfchar <0001> <0048> <0002> <0069> endbfchar 1 beginbfrange <0003> <0003> <FB01> endbfrange endcmap end end";
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 12 Tf 72 720 Td <000100020003> Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Custom /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>")
            .Add(6, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Custom /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /W [1 [700 300] 3 3 550] /DW 1000 >>")
            .AddStream(7, string.Empty, toUnicode)
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("Hifi", document.Text);
    }

    [Fact]
    public void Type3_font_widths_are_scaled_by_its_font_matrix()
    {
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 10 Tf 72 720 Td (ab) Tj 200 0 Td (cd) Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 10 10] /FontMatrix [0.1 0 0 0.1 0 0] /CharProcs << >> "
                + "/Encoding << /Type /Encoding /Differences [97 /a /b /c /d] >> /FirstChar 97 /LastChar 100 /Widths [6 6 6 6] /Resources << >> >>")
            .Build();

        var store = Ingest.Readers.Pdf.Structure.PdfObjectStore.Open(pdf, null, Ingest.Readers.Pdf.Limits.PdfReadBudget.Unlimited, (_, _, _) => { });
        var page = Ingest.Readers.Pdf.Content.PdfPageTree.GetPages(store, 10)[0];
        var glyphs = new Ingest.Readers.Pdf.Content.PdfContentInterpreter(store, new PdfFontLoader(store)).Interpret(page).Glyphs;

        Assert.Equal("abcd", string.Concat(glyphs.Select(g => g.Text)));
        Assert.Equal(6, glyphs[0].Advance, 6);
        Assert.Equal(78, glyphs[1].X, 6);
        Assert.Equal(272, glyphs[2].X, 6);
    }

    [Fact]
    public void Glyphs_are_placed_on_the_rotated_page_and_carry_their_angle()
    {
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] /Rotate 90 >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 10 Tf 0 1 -1 0 300 100 Tm (Up) Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Build();

        var store = Ingest.Readers.Pdf.Structure.PdfObjectStore.Open(pdf, null, Ingest.Readers.Pdf.Limits.PdfReadBudget.Unlimited, (_, _, _) => { });
        var page = Ingest.Readers.Pdf.Content.PdfPageTree.GetPages(store, 10)[0];
        var result = new Ingest.Readers.Pdf.Content.PdfContentInterpreter(store, new PdfFontLoader(store)).Interpret(page);

        // Text drawn upwards on a page shown rotated 90° clockwise reads left to right on the upright page.
        Assert.Equal((792, 612), (result.Width, result.Height));
        Assert.Equal(0, result.Glyphs[0].Angle, 6);
        Assert.Equal(100, result.Glyphs[0].X, 6);
        Assert.Equal(612 - 300, result.Glyphs[0].Y, 6);
        Assert.Equal(10, result.Glyphs[0].FontSize, 6);
    }

    [Fact]
    public void Actual_text_replaces_the_glyphs_it_covers()
    {
        var pdf = PdfFileBuilder.SinglePage("BT /F1 12 Tf 72 720 Td /Span << /ActualText (\\376\\377\\000f\\000i) >> BDC (X) Tj EMC (ne) Tj ET").Build();

        Assert.Equal("fine", PdfTestReading.Read(pdf).Text);
    }

    [Fact]
    public void Unmapped_glyphs_are_counted_in_a_diagnostic()
    {
        var pdf = PdfFileBuilder.SinglePage(
            "BT /F1 12 Tf 72 720 Td (abc) Tj ET",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Custom /Encoding << /Differences [97 /g1 /g2 /g3] >> >>").Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.font.unmapped-glyphs" && d.Message.StartsWith("3 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Type3_codes_with_made_up_glyph_names_read_as_their_ascii_characters()
    {
        var pdf = PdfFileBuilder.SinglePage(
            "BT /F1 50 Tf 100 500 Td (abcabc) Tj ET",
            "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.0015 0 0 0.0015 0 0] /CharProcs << >> "
                + "/Encoding << /Type /Encoding /Differences [97 /mya /myb /myc] >> /FirstChar 97 /LastChar 99 /Widths [1000 1000 1000] >>").Build();

        Assert.Equal("abcabc", PdfTestReading.Read(pdf).Text);
    }

    [Fact]
    public void Type3_glyph_size_ignores_a_bounding_box_too_large_for_the_font_matrix()
    {
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 10 Tf 72 720 Td (a) Tj /F2 10 Tf (a) Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.0122 0 0 -0.0122 0 0] /CharProcs << >> "
                + "/Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [82] >>")
            .Add(6, "<< /Type /Font /Subtype /Type3 /FontBBox [0 -20 100 80] /FontMatrix [0.01 0 0 0.01 0 0] /CharProcs << >> "
                + "/Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [50] >>")
            .Build();

        var store = Ingest.Readers.Pdf.Structure.PdfObjectStore.Open(pdf, null, Ingest.Readers.Pdf.Limits.PdfReadBudget.Unlimited, (_, _, _) => { });
        var page = Ingest.Readers.Pdf.Content.PdfPageTree.GetPages(store, 10)[0];
        var glyphs = new Ingest.Readers.Pdf.Content.PdfContentInterpreter(store, new PdfFontLoader(store)).Interpret(page).Glyphs;

        Assert.Equal(10, glyphs[0].FontSize, 6);
        Assert.Equal(10, glyphs[1].FontSize, 6);
        Assert.Equal(82 * 0.0122 * 10, glyphs[0].Advance, 6);
    }

    [Fact]
    public void Predefined_gbk_cmap_reads_one_byte_ascii_and_two_byte_hanzi_without_to_unicode()
    {
        // "2010" in single bytes, then 年 (C4 EA) and 报告 (B1 A8 B8 E6) in GBK double bytes.
        var pdf = PdfFileBuilder.SinglePage(
                "BT /F1 12 Tf 72 720 Td <32303130C4EA20B1A8B8E6> Tj ET",
                "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /GBK-EUC-H /DescendantFonts [6 0 R] >>")
            .Add(6, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>")
            .Build();

        var document = PdfTestReading.Read(pdf);

        Assert.Equal("2010\u5e74 \u62a5\u544a", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "pdf.font.unmapped-glyphs");
    }

    [Theory]
    [InlineData("90ms-RKSJ-H", new byte[] { 0x41, 0x82, 0xA0 }, "A\u3042")]
    [InlineData("B5pc-H", new byte[] { 0xA4, 0xA4 }, "\u4e2d")]
    [InlineData("KSCms-UHC-H", new byte[] { 0xB0, 0xA1 }, "\uac00")]
    public void Predefined_cjk_cmaps_split_codes_at_their_lead_bytes(string name, byte[] bytes, string expected)
    {
        var cmap = PdfPredefinedCMap.Find(name)!;
        var text = new StringBuilder();
        for (var i = 0; i < bytes.Length;)
        {
            i += cmap.ReadCode(bytes, i, out var code);
            text.Append(cmap.TextOf(code));
        }

        Assert.Equal(expected, text.ToString());
        Assert.Null(PdfPredefinedCMap.Find("Identity-H"));
    }

    [Fact]
    public void Embedded_cmap_named_as_a_unicode_cmap_reads_codes_as_utf16()
    {
        const string cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /UniJIS-UCS2-H def "
            + "1 begincodespacerange <0000> <FFFF> endcodespacerange 1 begincidrange <3041> <3093> 842 endcidrange endcmap end end";
        var pdf = PdfFileBuilder.SinglePage(
                "BT /F1 12 Tf 72 720 Td <30423044> Tj ET",
                "<< /Type /Font /Subtype /Type0 /BaseFont /KozMin /Encoding 7 0 R /DescendantFonts [6 0 R] >>")
            .Add(6, "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMin /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 4 >> /DW 1000 >>")
            .AddStream(7, "/Type /CMap /CMapName /UniJIS-UCS2-H", cmap)
            .Build();

        Assert.Equal("\u3042\u3044", PdfTestReading.Read(pdf).Text);
    }
}
