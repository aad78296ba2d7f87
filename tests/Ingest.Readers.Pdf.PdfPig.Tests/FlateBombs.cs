using System.IO.Compression;
using System.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>PDFs whose small Flate streams inflate to hundreds of megabytes (decompression bombs), written in pieces so the test never holds the inflated bytes.</summary>
internal static class FlateBombs
{
    /// <summary>What each bomb inflates to: 200 MiB.</summary>
    public const long InflatedBytes = 200L << 20;

    /// <summary>
    /// <paramref name="text"/> shown by a content stream, then <see cref="InflatedBytes"/> of spaces (white space to a
    /// content parser), deflated: about 200 KB on disk.
    /// </summary>
    /// <param name="text">The text the stream shows first.</param>
    public static byte[] ContentStream(string text) => Padded($"BT /F1 12 Tf 72 720 Td ({text}) Tj ET\n");

    /// <summary><paramref name="start"/> then <see cref="InflatedBytes"/> of spaces, deflated.</summary>
    private static byte[] Padded(string start)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(Encoding.Latin1.GetBytes(start));
            var spaces = new byte[1 << 20];
            spaces.AsSpan().Fill((byte)' ');
            for (long written = 0; written < InflatedBytes; written += spaces.Length)
            {
                z.Write(spaces);
            }
        }

        return output.ToArray();
    }

    /// <summary>A one-page PDF whose content stream is a bomb showing <paramref name="text"/> first.</summary>
    /// <param name="text">The text.</param>
    public static byte[] OnePage(string text) => new PdfFileBuilder()
        .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
        .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
        .AddStream(4, "/Filter /FlateDecode", ContentStream(text))
        .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        .Build();

    /// <summary>A two-page PDF: page 1 shows "First page" from a small Flate stream, page 2's content stream is a bomb.</summary>
    public static byte[] SecondPage() => new PdfFileBuilder()
        .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Add(2, "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 /MediaBox [0 0 612 792] >>")
        .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>")
        .AddStream(4, "/Filter /FlateDecode", PdfFileBuilder.Deflate(Encoding.Latin1.GetBytes("BT /F1 12 Tf 72 720 Td (First page) Tj ET")))
        .Add(5, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 7 0 R >> >> /Contents 6 0 R >>")
        .AddStream(6, "/Filter /FlateDecode", ContentStream("Second page"))
        .Add(7, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        .Build();

    /// <summary>
    /// A PDF 1.5 file whose catalog and page tree root live in an object stream followed by
    /// <see cref="InflatedBytes"/> of spaces: the bomb goes off while the file is opened.
    /// </summary>
    public static byte[] ObjectStream()
    {
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.5\n");
        var page = output.Position;
        Write("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>\nendobj\n");
        var content = output.Position;
        const string Content = "BT /F1 12 Tf 72 720 Td (Hello there) Tj ET";
        Write($"4 0 obj\n<< /Length {Content.Length} >>\nstream\n{Content}\nendstream\nendobj\n");
        var font = output.Position;
        Write("6 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
        var objects = output.Position;
        var packed = Padded("1 0 2 34 << /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Write($"5 0 obj\n<< /Type /ObjStm /N 2 /First 9 /Filter /FlateDecode /Length {packed.Length} >>\nstream\n");
        output.Write(packed);
        Write("\nendstream\nendobj\n");
        var xref = output.Position;
        byte[] rows =
        [
            .. Row(0, 0, 65535), .. Row(2, 5, 0), .. Row(2, 5, 1), .. Row(1, page, 0),
            .. Row(1, content, 0), .. Row(1, objects, 0), .. Row(1, font, 0), .. Row(1, xref, 0),
        ];
        Write($"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length {rows.Length} >>\nstream\n");
        output.Write(rows);
        Write($"\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] Row(int type, long offset, int generation)
        => [(byte)type, (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, (byte)(generation >> 8), (byte)generation];

    /// <summary>
    /// A two-page PDF: page 1 shows "First page" in Helvetica, page 2 shows "Second page" in a TrueType font whose
    /// embedded font file is a bomb.
    /// </summary>
    public static byte[] EmbeddedFont() => new PdfFileBuilder()
        .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Add(2, "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 /MediaBox [0 0 612 792] >>")
        .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 7 0 R >> >> /Contents 4 0 R >>")
        .AddStream(4, string.Empty, "BT /F1 12 Tf 72 720 Td (First page) Tj ET")
        .Add(5, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F2 8 0 R >> >> /Contents 6 0 R >>")
        .AddStream(6, string.Empty, "BT /F2 12 Tf 72 720 Td (Second page) Tj ET")
        .Add(7, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        .Add(8, "<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 /Widths [" + string.Concat(Enumerable.Repeat("500 ", 95)) + "] /Encoding /WinAnsiEncoding /FontDescriptor 9 0 R >>")
        .Add(9, "<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 10 0 R >>")
        .AddStream(10, "/Filter /FlateDecode", Padded(string.Empty))
        .Build();
}
