using System.Text;
using Ingest.Readers.Pdf.GlyphSources;
using Ingest.Readers.Pdf.PdfPig;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>PdfPig supplies the glyphs, Ingest's layout makes the blocks: one layout, two glyph sources.</summary>
public sealed class PdfPigEngineTests
{
    [Fact]
    public void PdfPig_as_the_engine_gives_the_text_in_blocks_made_by_Ingest_layout()
    {
        var pdf = PdfFileBuilder.SinglePage("BT /F1 18 Tf 72 720 Td (A heading) Tj /F1 11 Tf 0 -30 Td (First line of the paragraph) Tj 0 -13 Td (and its second line.) Tj ET").Build();

        var document = Read(pdf, PdfPigMode.Engine);

        Assert.Equal("A heading\n\nFirst line of the paragraph and its second line.", document.Text);
        Assert.Equal(1, document.Metadata.PageCount);
        Assert.Equal(BlockKind.Heading, document.Blocks[0].Kind);
        Assert.All(document.Blocks, b => Assert.Equal(1, b.Page));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    public void Rotated_pages_read_upright_like_the_own_engine(int rotate)
    {
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, $"<< /Type /Page /Parent 2 0 R /Rotate {rotate} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "BT /F1 12 Tf 72 720 Td (Upright words) Tj 0 -14 Td (on two lines) Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Build();

        var pig = Read(pdf, PdfPigMode.Engine);
        var own = Read(pdf, mode: null);

        Assert.Equal("Upright words on two lines", pig.Text);
        Assert.Equal(own.Text, pig.Text);
        Assert.Equal(own.Blocks[0].Bounds!.Value.Width, pig.Blocks[0].Bounds!.Value.Width, 0);
    }

    [Fact]
    public void The_two_engines_agree_on_the_words_of_a_rendition()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pdf", "libreoffice-000_8356487e95b370c0.pdf");
        var pdf = File.ReadAllBytes(path);

        var pig = Words(Read(pdf, PdfPigMode.Engine).Text);
        var own = Words(Read(pdf, mode: null).Text);

        var common = pig.Intersect(own).Count();
        Assert.True(own.Count > 500, $"{own.Count} words");
        Assert.True(common >= 0.97 * Math.Max(own.Count, pig.Count), $"{common} common of {own.Count} own and {pig.Count} PdfPig words");
    }

    [Fact]
    public void A_file_neither_engine_reads_fails_with_the_own_engine_code()
    {
        var garbage = Encoding.ASCII.GetBytes("<<<[[[ not a pdf at all ]]]>>>");

        var ex = Assert.Throws<DocumentReadException>(() => Read(garbage, PdfPigMode.Fallback));

        Assert.StartsWith("pdf.", ex.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void In_fallback_mode_a_readable_pdf_is_read_by_the_own_engine_alone()
    {
        var pdf = PdfFileBuilder.SinglePage("BT /F1 12 Tf 72 720 Td (Own engine text) Tj ET").Build();

        var document = Read(pdf, PdfPigMode.Fallback);

        Assert.Equal("Own engine text", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code.StartsWith("pdf.engine.", StringComparison.Ordinal));
    }

    [Fact]
    public void In_fallback_mode_a_page_the_own_engine_cannot_read_is_read_by_PdfPig()
    {
        // Page 1's content decompresses past the own engine's stream limit. PdfPig holds to the stream limit of the
        // options its source was made with: here the defaults, so it reads the page.
        var pdf = HostilePdfs.FirstPageOverStreamLimit("Recovered by PdfPig");
        var options = new PdfReaderOptions { MaxStreamBytes = 100_000, GlyphSourceMode = PdfGlyphSourceMode.Fallback };
        options.GlyphSource = new PdfPigGlyphSource(new PdfPigReadGate(4), limits: new PdfReaderOptions());

        var document = Read(pdf, options);

        Assert.Equal("Recovered by PdfPig\n\nSecond page by the own engine", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.engine.fallback-pages");
    }

    private static Document Read(byte[] pdf, PdfPigMode? mode)
        => Read(pdf, mode is { } m ? new PdfReaderOptions().UsePdfPig(m) : new PdfReaderOptions());

    private static Document Read(byte[] pdf, PdfReaderOptions options)
    {
        var reader = new PdfReader(options);
        using var stream = new MemoryStream(pdf, writable: false);
        return reader.ReadAsync(stream, new ReadContext(new TestSource(), MediaTypes.Pdf)).AsTask().GetAwaiter().GetResult();
    }

    private static HashSet<string> Words(string text)
        => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '"', '(', ')')).ToHashSet(StringComparer.Ordinal);
}
