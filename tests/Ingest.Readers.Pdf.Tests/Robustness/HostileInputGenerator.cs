using System.Globalization;
using System.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Robustness;

/// <summary>Small, seeded generators of hostile PDFs: a few kilobytes that ask for unbounded work.</summary>
internal static class HostileInputGenerator
{
    /// <summary>
    /// A page drawing form 1, where each form draws the next one <paramref name="fanOut"/> times, <paramref name="levels"/>
    /// deep; the innermost form shows <paramref name="innerText"/> (or draws a line when null). Work grows as fanOut^levels.
    /// </summary>
    public static byte[] NestedForms(int levels, int fanOut, string? innerText, int seed, string pageText = "Before the forms")
    {
        var random = new Random(seed);
        var builder = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 10 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, $"BT /F1 12 Tf 72 740 Td ({pageText}) Tj ET /X Do")
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (var level = 0; level < levels; level++)
        {
            var number = 10 + level;
            string content;
            var resources = "/Font << /F1 5 0 R >>";
            if (level == levels - 1)
            {
                content = innerText is null ? "0 0 m 10 10 l S" : $"BT /F1 10 Tf {random.Next(72, 400)} {random.Next(72, 700)} Td ({innerText}) Tj ET";
            }
            else
            {
                var draws = new StringBuilder();
                for (var i = 0; i < fanOut; i++)
                {
                    draws.Append(CultureInfo.InvariantCulture, $"q 1 0 0 1 {random.Next(-3, 4)} {random.Next(-3, 4)} cm /X Do Q\n");
                }

                content = draws.ToString();
                resources += $" /XObject << /X {number + 1} 0 R >>";
            }

            builder.AddStream(number, $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << {resources} >>", content);
        }

        return builder.Build();
    }

    /// <summary>A page in a Type0 font whose ToUnicode CMap declares <paramref name="codeSpaceRanges"/> code-space ranges.</summary>
    public static byte[] CMapWithCodeSpaceRanges(int codeSpaceRanges, int glyphs, int seed)
    {
        var random = new Random(seed);
        var cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n");
        cmap.Append(CultureInfo.InvariantCulture, $"{codeSpaceRanges} begincodespacerange\n");
        for (var i = 0; i < codeSpaceRanges; i++)
        {
            // Three-byte ranges that never match a two-byte code: every code read would try them all.
            var low = random.Next(0x100000, 0xFFFFFF);
            cmap.Append(CultureInfo.InvariantCulture, $"<{low:X6}> <{low:X6}>\n");
        }

        cmap.Append("endcodespacerange\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        cmap.Append("1 beginbfrange <0041> <005A> <0041> endbfrange endcmap end end");
        var text = new StringBuilder();
        for (var i = 0; i < glyphs; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{0x41 + (i % 26):X4}");
        }

        return new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, $"BT /F1 1 Tf 72 720 Td <{text}> Tj ET")
            .Add(5, "<< /Type /Font /Subtype /Type0 /BaseFont /Custom /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>")
            .Add(6, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Custom /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>")
            .AddStream(7, "/Filter /FlateDecode", PdfFileBuilder.Deflate(Encoding.Latin1.GetBytes(cmap.ToString())))
            .Build();
    }
}
