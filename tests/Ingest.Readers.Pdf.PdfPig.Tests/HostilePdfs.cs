using System.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.PdfPig.Tests;

/// <summary>Small malformed or adversarial PDFs, each built from a valid one-page file by one structural fault.</summary>
internal static class HostilePdfs
{
    public const string Text = "Hello there";

    /// <summary>
    /// Two pages: page 1 shows <paramref name="firstPageText"/> in a Flate stream that decodes to about 300 KB (over a
    /// stream limit of 100,000 bytes, so the own engine fails it), page 2 "Second page by the own engine".
    /// </summary>
    public static byte[] FirstPageOverStreamLimit(string firstPageText)
    {
        var content = Encoding.Latin1.GetBytes("BT /F1 12 Tf 72 720 Td (" + firstPageText + ") Tj ET" + new string(' ', 300_000));
        return new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, "/Filter /FlateDecode", PdfFileBuilder.Deflate(content))
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Add(6, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>")
            .AddStream(7, string.Empty, "BT /F1 12 Tf 72 720 Td (Second page by the own engine) Tj ET")
            .Build();
    }

    private const string Content = "BT /F1 12 Tf 72 720 Td (" + Text + ") Tj ET";

    /// <summary>A valid one-page PDF showing <see cref="Text"/>.</summary>
    public static byte[] Valid() => PdfFileBuilder.SinglePage(Content).Build();

    /// <summary>The valid file cut after its first 200 bytes: no cross-reference table, no trailer.</summary>
    public static byte[] Truncated() => Valid()[..200];

    /// <summary>The valid file whose <c>startxref</c> points far past its end.</summary>
    public static byte[] XrefPastTheEnd()
    {
        var text = Encoding.Latin1.GetString(Valid());
        var start = text.LastIndexOf("startxref\n", StringComparison.Ordinal) + "startxref\n".Length;
        var end = text.IndexOf('\n', start);
        return Encoding.Latin1.GetBytes(text[..start] + "99999999" + text[end..]);
    }

    /// <summary>The valid file whose content stream declares a /Length of about 10 GB.</summary>
    public static byte[] HugeDeclaredLength() => Replace(Valid(), $"/Length {Content.Length}", "/Length 9999999999");

    /// <summary>The valid file whose content stream's /Length refers to the stream itself.</summary>
    public static byte[] LengthReferringToItsOwnStream() => Replace(Valid(), $"/Length {Content.Length}", "/Length 4 0 R");

    /// <summary>A page tree node whose /Kids holds the node itself.</summary>
    public static byte[] KidsReferringToTheirParent() => new PdfFileBuilder()
        .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
        .Add(2, "<< /Type /Pages /Kids [2 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
        .Build();

    /// <summary>A page tree of <paramref name="depth"/> nested /Pages nodes above a single page.</summary>
    /// <param name="depth">The number of /Pages nodes.</param>
    public static byte[] DeepPageTree(int depth)
    {
        var builder = new PdfFileBuilder().Add(1, "<< /Type /Catalog /Pages 2 0 R >>");
        for (var level = 0; level < depth; level++)
        {
            var number = 2 + level;
            var parent = level == 0 ? string.Empty : $"/Parent {number - 1} 0 R ";
            builder.Add(number, $"<< /Type /Pages {parent}/Kids [{number + 1} 0 R] /Count 1 /MediaBox [0 0 612 792] >>");
        }

        var leaf = 2 + depth;
        return builder
            .Add(leaf, $"<< /Type /Page /Parent {leaf - 1} 0 R /Resources << /Font << /F1 {leaf + 2} 0 R >> >> /Contents {leaf + 1} 0 R >>")
            .AddStream(leaf + 1, string.Empty, Content)
            .Add(leaf + 2, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
            .Build();
    }

    /// <summary>
    /// A page that draws form XObject 1, which draws form 2, and so on <paramref name="depth"/> forms deep; the innermost
    /// shows <see cref="Text"/>.
    /// </summary>
    /// <param name="depth">The number of nested forms.</param>
    public static byte[] NestedForms(int depth)
    {
        const int First = 10;
        var builder = new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, $"<< /Type /Page /Parent 2 0 R /Resources << /XObject << /X {First} 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, "/X Do")
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (var level = 0; level < depth; level++)
        {
            var number = First + level;
            var innermost = level == depth - 1;
            builder.AddStream(
                number,
                $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /X {number + 1} 0 R >> >>",
                innermost ? Content : "/X Do");
        }

        return builder.Build();
    }

    /// <summary>
    /// A PDF 1.5 file whose catalog and page tree root live in object stream 5, which its cross-reference stream says is
    /// itself stored in object stream 5 (and which /Extends itself).
    /// </summary>
    public static byte[] ObjectStreamContainingItself()
    {
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.5\n");
        var page = output.Position;
        Write("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>\nendobj\n");
        var content = output.Position;
        Write($"4 0 obj\n<< /Length {Content.Length} >>\nstream\n{Content}\nendstream\nendobj\n");
        var font = output.Position;
        Write("6 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
        const string Inner = "1 0 2 34 << /Type /Catalog /Pages 2 0 R >> << /Type /Pages /Kids [3 0 R] /Count 1 >>";
        Write($"5 0 obj\n<< /Type /ObjStm /N 2 /First 9 /Extends 5 0 R /Length {Inner.Length} >>\nstream\n{Inner}\nendstream\nendobj\n");
        var xref = output.Position;
        byte[] rows =
        [
            .. Row(0, 0, 65535), .. Row(2, 5, 0), .. Row(2, 5, 1), .. Row(1, page, 0),
            .. Row(1, content, 0), .. Row(2, 5, 2), .. Row(1, font, 0), .. Row(1, xref, 0),
        ];
        Write($"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length {rows.Length} >>\nstream\n");
        output.Write(rows);
        Write($"\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] Row(int type, long offset, int generation)
        => [(byte)type, (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, (byte)(generation >> 8), (byte)generation];

    private static byte[] Replace(byte[] pdf, string from, string to)
    {
        var text = Encoding.Latin1.GetString(pdf);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }
}
