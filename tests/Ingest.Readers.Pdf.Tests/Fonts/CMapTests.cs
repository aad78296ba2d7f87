using System.Text;
using Ingest.Readers.Pdf.Fonts;

namespace Ingest.Readers.Pdf.Tests.Fonts;

public sealed class CMapTests
{
    private static PdfCMap Parse(string program) => PdfCMap.Parse(Encoding.Latin1.GetBytes(program));

    [Fact]
    public void Bfchar_maps_single_codes_including_surrogate_pairs_and_ligatures()
    {
        var cmap = Parse("1 begincodespacerange <00> <FF> endcodespacerange 3 beginbfchar <01> <0041> <02> <D835DC00> <03> <00660069> endbfchar");

        Assert.Equal("A", cmap.Lookup(1));
        Assert.Equal("\U0001D400", cmap.Lookup(2));
        Assert.Equal("fi", cmap.Lookup(3));
        Assert.Null(cmap.Lookup(4));
    }

    [Fact]
    public void Bfrange_increments_the_destination_and_supports_the_array_form()
    {
        var cmap = Parse("2 beginbfrange <0010> <0012> <0061> <0020> <0021> [<0058> <00590059>] endbfrange");

        Assert.Equal("a", cmap.Lookup(0x10));
        Assert.Equal("c", cmap.Lookup(0x12));
        Assert.Equal("X", cmap.Lookup(0x20));
        Assert.Equal("YY", cmap.Lookup(0x21));
        Assert.Null(cmap.Lookup(0x13));
    }

    [Fact]
    public void Code_space_ranges_decide_how_many_bytes_a_code_takes()
    {
        var cmap = Parse("2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange");
        byte[] bytes = [0x41, 0x81, 0x40, 0x42];

        var first = cmap.ReadCode(bytes, 0, 2, out var c1);
        var second = cmap.ReadCode(bytes, 1, 2, out var c2);
        var third = cmap.ReadCode(bytes, 3, 2, out var c3);

        Assert.Equal((1, 0x41u), (first, c1));
        Assert.Equal((2, 0x8140u), (second, c2));
        Assert.Equal((1, 0x42u), (third, c3));
    }

    [Fact]
    public void Cid_mappings_come_from_cidchar_and_cidrange()
    {
        var cmap = Parse("1 begincidrange <0100> <01FF> 500 endcidrange 1 begincidchar <0005> 77 endcidchar");

        Assert.Equal(500, cmap.ToCid(0x100));
        Assert.Equal(755, cmap.ToCid(0x1FF));
        Assert.Equal(77, cmap.ToCid(5));
        Assert.Equal(-1, cmap.ToCid(6));
    }
}
