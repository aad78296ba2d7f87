using System.Text;
using Ingest.Readers.Pdf.Filters;
using Ingest.Readers.Pdf.Objects;
using Ingest.Readers.Pdf.Limits;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Filters;

public sealed class FilterTests
{
    [Fact]
    public void Flate_inflates_zlib_data()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("flate data ", 100)));
        Assert.Equal(text, FlateFilter.Decode(PdfFileBuilder.Deflate(text), 1 << 20));
    }

    [Fact]
    public void Flate_keeps_what_it_decoded_from_truncated_data()
    {
        var text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var compressed = PdfFileBuilder.Deflate(text);

        var decoded = FlateFilter.Decode(compressed[..(compressed.Length / 2)], 1 << 20);

        Assert.True(decoded.Length > 0);
        Assert.Equal(text[..decoded.Length], decoded);
    }

    [Fact]
    public void Flate_stops_a_decompression_bomb_at_the_bound()
    {
        var bomb = PdfFileBuilder.Deflate(new byte[50_000_000]);

        var ex = Assert.Throws<PdfLimitExceededException>(() => FlateFilter.Decode(bomb, 1_000_000));

        Assert.Equal("pdf.limit.decompression", ex.Code);
        Assert.True(bomb.Length < 100_000);
    }

    [Fact]
    public void Png_up_and_sub_predictors_are_undone()
    {
        // Two rows of three bytes: row 1 with Sub (1), row 2 with Up (2).
        byte[] encoded = [1, 10, 5, 5, 2, 1, 1, 1];
        var parameters = new PdfDictionary { ["Predictor"] = 12L, ["Columns"] = 3L };

        Assert.Equal(new byte[] { 10, 15, 20, 11, 16, 21 }, PredictorFilter.Apply(encoded, parameters));
    }

    [Fact]
    public void Tiff_predictor_is_undone()
    {
        var parameters = new PdfDictionary { ["Predictor"] = 2L, ["Columns"] = 4L };
        Assert.Equal(new byte[] { 1, 3, 6, 10 }, PredictorFilter.Apply([1, 2, 3, 4], parameters));
    }

    [Fact]
    public void Lzw_decodes_the_specification_example()
    {
        byte[] encoded = [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01];
        Assert.Equal(new byte[] { 45, 45, 45, 45, 45, 65, 45, 45, 45, 66 }, LzwFilter.Decode(encoded, 1, 1 << 20));
    }

    [Fact]
    public void Ascii85_decodes_groups_and_the_z_shortcut()
    {
        Assert.Equal("Hello, PDF world!", Encoding.ASCII.GetString(Ascii85Filter.Decode(Encoding.ASCII.GetBytes("<~87cURD_*#-6q/;CDfTZ)+T~>"), 1 << 20)));
        Assert.Equal(new byte[4], Ascii85Filter.Decode(Encoding.ASCII.GetBytes("z~>"), 1 << 20));
    }

    [Fact]
    public void AsciiHex_decodes_until_the_end_marker()
    {
        Assert.Equal("PDF", Encoding.ASCII.GetString(AsciiHexFilter.Decode(Encoding.ASCII.GetBytes("50 44\n46>4142"))));
    }

    [Fact]
    public void RunLength_decodes_literal_and_repeated_runs()
    {
        byte[] encoded = [2, (byte)'a', (byte)'b', (byte)'c', 254, (byte)'x', 128, (byte)'z'];
        Assert.Equal("abcxxx", Encoding.ASCII.GetString(RunLengthFilter.Decode(encoded, 1 << 20)));
    }

    [Fact]
    public void RunLength_size_comes_from_the_length_bytes_and_a_run_past_the_bound_is_refused_before_writing()
    {
        // 40 repeat runs of 128 bytes each: 5,120 bytes from 80.
        var encoded = Enumerable.Range(0, 40).SelectMany(i => new byte[] { 129, (byte)('a' + (i % 26)) }).ToArray();
        Assert.Equal(5120, RunLengthFilter.DecodedLength(encoded));
        Assert.Equal(5120, RunLengthFilter.Decode(encoded, 5120).Length);
        var refused = Assert.Throws<PdfLimitExceededException>(() => RunLengthFilter.Decode(encoded, 5119));
        Assert.Equal("pdf.limit.decompression", refused.Code);
    }

    [Fact]
    public void Filter_chain_applies_each_filter_in_order()
    {
        var content = "BT /F1 12 Tf 72 720 Td (Chained filters) Tj ET";
        var hex = Convert.ToHexString(PdfFileBuilder.Deflate(Encoding.ASCII.GetBytes(content))) + ">";
        var pdf = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, "/Filter [/ASCIIHexDecode /FlateDecode]", hex)
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Build();

        Assert.Equal("Chained filters", PdfTestReading.Read(pdf).Text);
    }
}
