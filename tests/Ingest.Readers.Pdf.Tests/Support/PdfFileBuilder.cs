using System.IO.Compression;
using System.Text;

namespace Ingest.Readers.Pdf.Tests.Support;

/// <summary>
/// Writes small, valid PDF files for tests: numbered objects, a correct cross-reference table and a trailer.
/// Object 1 is the catalog by convention.
/// </summary>
internal sealed class PdfFileBuilder
{
    private readonly SortedDictionary<int, byte[]> _objects = new();

    public string TrailerExtra { get; set; } = string.Empty;

    public string Version { get; set; } = "1.7";

    public PdfFileBuilder Add(int number, string body) => Add(number, Encoding.Latin1.GetBytes(body));

    public PdfFileBuilder Add(int number, byte[] body)
    {
        _objects[number] = body;
        return this;
    }

    public PdfFileBuilder AddStream(int number, string dictionaryEntries, byte[] data)
    {
        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {data.Length} >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes("\nendstream");
        return Add(number, [.. head, .. data, .. tail]);
    }

    public PdfFileBuilder AddStream(int number, string dictionaryEntries, string data) => AddStream(number, dictionaryEntries, Encoding.Latin1.GetBytes(data));

    /// <summary>A one-page document showing <paramref name="content"/> with Helvetica as /F1.</summary>
    public static PdfFileBuilder SinglePage(string content, string fontDictionary = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        => new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, content)
            .Add(5, fontDictionary);

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    public byte[] Build()
    {
        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write($"%PDF-{Version}\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new Dictionary<int, long>();
        foreach (var (number, body) in _objects)
        {
            offsets[number] = output.Position;
            Write($"{number} 0 obj\n");
            output.Write(body);
            Write("\nendobj\n");
        }

        var xref = output.Position;
        var size = _objects.Count == 0 ? 1 : _objects.Keys.Max() + 1;
        Write($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var i = 1; i < size; i++)
        {
            Write(offsets.TryGetValue(i, out var o) ? $"{o:D10} 00000 n \n" : "0000000000 65535 f \n");
        }

        Write($"trailer\n<< /Size {size} /Root 1 0 R {TrailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
