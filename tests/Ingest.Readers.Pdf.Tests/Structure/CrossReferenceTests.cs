using System.Globalization;
using System.Text;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Structure;

public sealed class CrossReferenceTests
{
    private const string Content = "BT /F1 12 Tf 72 720 Td (Cross reference) Tj ET";

    [Fact]
    public void Reads_a_file_through_its_cross_reference_table_without_repair()
    {
        var document = PdfTestReading.Read(PdfFileBuilder.SinglePage(Content).Build());

        Assert.Equal("Cross reference", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "pdf.xref.rebuilt");
    }

    [Fact]
    public void Rebuilds_a_broken_cross_reference_table_by_scanning_for_objects()
    {
        var pdf = Encoding.Latin1.GetString(PdfFileBuilder.SinglePage(Content).Build());

        // Shift every object by inserting bytes after the header, so all offsets are wrong, and break startxref.
        var broken = pdf.Replace("%PDF-1.7\n", "%PDF-1.7\n% padding that moves every object\n", StringComparison.Ordinal)
            .Replace("startxref\n", "startxref\n99", StringComparison.Ordinal);

        var document = PdfTestReading.Read(Encoding.Latin1.GetBytes(broken));

        Assert.Equal("Cross reference", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.xref.rebuilt");
    }

    [Fact]
    public void Reads_a_file_with_no_cross_reference_data_at_all()
    {
        var pdf = Encoding.Latin1.GetString(PdfFileBuilder.SinglePage(Content).Build());
        var cut = pdf[..pdf.IndexOf("xref", StringComparison.Ordinal)] + "trailer << /Root 1 0 R >>\n%%EOF";

        Assert.Equal("Cross reference", PdfTestReading.Read(Encoding.Latin1.GetBytes(cut)).Text);
    }

    [Fact]
    public void Recovers_a_wrong_stream_length_from_endstream()
    {
        var pdf = Encoding.Latin1.GetString(PdfFileBuilder.SinglePage(Content).Build());
        var wrong = pdf.Replace($"/Length {Content.Length}", "/Length 9999", StringComparison.Ordinal);

        var document = PdfTestReading.Read(Encoding.Latin1.GetBytes(wrong));

        Assert.Equal("Cross reference", document.Text);
        Assert.Contains(document.Diagnostics, d => d.Code == "pdf.stream.length-recovered");
    }

    [Fact]
    public void An_incremental_update_replaces_objects_through_the_Prev_chain()
    {
        var original = PdfFileBuilder.SinglePage(Content).Build();
        var text = Encoding.Latin1.GetString(original);
        var firstXref = text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 10)..].Split('\n')[0];
        var update = new StringBuilder();
        var newContent = "BT /F1 12 Tf 72 720 Td (Updated text) Tj ET";
        var offset = original.Length;
        update.Append(CultureInfo.InvariantCulture, $"4 0 obj\n<< /Length {newContent.Length} >>\nstream\n{newContent}\nendstream\nendobj\n");
        var xref = offset + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n4 1\n{offset:D10} 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev {firstXref} >>\nstartxref\n{xref}\n%%EOF\n");

        var document = PdfTestReading.Read([.. original, .. Encoding.Latin1.GetBytes(update.ToString())]);

        Assert.Equal("Updated text", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "pdf.xref.rebuilt");
    }

    [Fact]
    public void Reads_objects_from_an_object_stream_through_a_cross_reference_stream()
    {
        // Objects 2, 3 and 5 live in object stream 6; the cross-reference stream 7 uses type 2 entries for them.
        var inner = new[]
        {
            "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>",
            "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var numbers = new[] { 2, 3, 5 };
        var header = new StringBuilder();
        var body = new StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            header.Append(CultureInfo.InvariantCulture, $"{numbers[i]} {body.Length} ");
            body.Append(inner[i]).Append('\n');
        }

        var objectStream = header.ToString() + body;
        var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        var offsets = new long[8];
        Write("%PDF-1.5\n");
        offsets[1] = output.Position;
        Write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets[4] = output.Position;
        Write($"4 0 obj\n<< /Length {Content.Length} >>\nstream\n{Content}\nendstream\nendobj\n");
        offsets[6] = output.Position;
        var compressed = PdfFileBuilder.Deflate(Encoding.Latin1.GetBytes(objectStream));
        Write($"6 0 obj\n<< /Type /ObjStm /N 3 /First {header.Length} /Filter /FlateDecode /Length {compressed.Length} >>\nstream\n");
        output.Write(compressed);
        Write("\nendstream\nendobj\n");
        offsets[7] = output.Position;

        // Rows: type (1 byte), field 2 (4 bytes), field 3 (1 byte), for objects 0..7.
        var rows = new List<byte>();
        void Row(int type, long f2, int f3)
        {
            rows.Add((byte)type);
            rows.AddRange(BitConverter.GetBytes((uint)f2).Reverse());
            rows.Add((byte)f3);
        }

        Row(0, 0, 255);
        Row(1, offsets[1], 0);
        Row(2, 6, 0);
        Row(2, 6, 1);
        Row(1, offsets[4], 0);
        Row(2, 6, 2);
        Row(1, offsets[6], 0);
        Row(1, offsets[7], 0);
        var xrefData = PdfFileBuilder.Deflate(rows.ToArray());
        Write($"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 1] /Root 1 0 R /Filter /FlateDecode /Length {xrefData.Length} >>\nstream\n");
        output.Write(xrefData);
        Write($"\nendstream\nendobj\nstartxref\n{offsets[7]}\n%%EOF\n");

        var document = PdfTestReading.Read(output.ToArray());

        Assert.Equal("Cross reference", document.Text);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "pdf.xref.rebuilt");
    }
}
