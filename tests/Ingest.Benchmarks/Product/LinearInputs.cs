using System.Net;
using System.Text;
using Ingest.Benchmarks.Pipeline;

namespace Ingest.Benchmarks.Product;

/// <summary>
/// Documents of a chosen size in each format, all made of the text fixtures' paragraphs repeated in order, so that
/// every size has the same kind of content and only the length changes.
/// </summary>
internal static class LinearInputs
{
    private const int PdfLineLength = 100;
    private const int PdfLinesPerPage = 100;

    /// <summary>The fixtures' paragraphs (blank-line separated), in file order.</summary>
    public static string[] Paragraphs()
    {
        var paragraphs = new List<string>();
        foreach (var (_, bytes) in BenchmarkCorpus.TextFixtures())
        {
            var text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
            paragraphs.AddRange(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }

        return [.. paragraphs];
    }

    /// <summary>Plain text of at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static byte[] Text(string[] paragraphs, long bytes) => Build(paragraphs, bytes, string.Empty, p => p + "\n\n", string.Empty);

    /// <summary>Markdown: a heading every 20 paragraphs.</summary>
    public static byte[] Markdown(string[] paragraphs, long bytes)
    {
        var i = 0;
        return Build(paragraphs, bytes, string.Empty, p => (i++ % 20 == 0 ? $"## Section {i / 20 + 1}\n\n" : string.Empty) + p + "\n\n", string.Empty);
    }

    /// <summary>One HTML page of paragraphs inside an article.</summary>
    public static byte[] Html(string[] paragraphs, long bytes)
        => Build(paragraphs, bytes, "<!DOCTYPE html><html><head><title>Linear</title></head><body><article>\n", p => "<p>" + WebUtility.HtmlEncode(p) + "</p>\n", "</article></body></html>\n");

    /// <summary>CSV: one row per paragraph (number, length, quoted text).</summary>
    public static byte[] Csv(string[] paragraphs, long bytes)
    {
        var row = 0;
        return Build(paragraphs, bytes, "id,length,text\n", p => $"{++row},{p.Length},\"{p.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n", string.Empty);
    }

    /// <summary>A PDF of pages of Helvetica lines (uncompressed content streams), at least <paramref name="bytes"/> long.</summary>
    public static byte[] Pdf(string[] paragraphs, long bytes)
    {
        var pages = new List<string>();
        var lines = Lines(paragraphs).GetEnumerator();
        long size = 0;
        while (size < bytes)
        {
            var content = new StringBuilder("BT /F1 7 Tf 7.5 TL 36 760 Td\n");
            for (var i = 0; i < PdfLinesPerPage && lines.MoveNext(); i++)
            {
                content.Append('(').Append(Escape(lines.Current)).Append(") Tj T*\n");
            }

            content.Append("ET\n");
            pages.Add(content.ToString());
            size += content.Length + 200;
        }

        return PdfFile(pages);
    }

    private static byte[] Build(string[] paragraphs, long bytes, string head, Func<string, string> item, string tail)
    {
        var text = new StringBuilder(head);
        for (var i = 0; Encoding.UTF8.GetByteCount(tail) + text.Length < bytes || i == 0; i++)
        {
            text.Append(item(paragraphs[i % paragraphs.Length]));
        }

        return Encoding.UTF8.GetBytes(text.Append(tail).ToString());
    }

    // Wrapped at word boundaries to PdfLineLength, for ever (the paragraphs cycle).
    private static IEnumerable<string> Lines(string[] paragraphs)
    {
        for (var p = 0; ; p++)
        {
            var line = new StringBuilder();
            foreach (var word in paragraphs[p % paragraphs.Length].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length + word.Length + 1 > PdfLineLength && line.Length > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            yield return line.ToString();
            yield return string.Empty;
        }
    }

    private static string Escape(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            _ = c switch
            {
                '(' or ')' or '\\' => escaped.Append('\\').Append(c),
                > '\u00ff' => escaped.Append('?'),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static byte[] PdfFile(List<string> pages)
    {
        // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [" + string.Join(' ', pages.Select((_, i) => $"{4 + (2 * i)} 0 R")) + $"] /Count {pages.Count} /MediaBox [0 0 612 792] >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        for (var i = 0; i < pages.Count; i++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * i)} 0 R >>");
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(pages[i])} >>\nstream\n{pages[i]}\nendstream");
        }

        using var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.7\n");
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            offsets[i] = output.Position;
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        Write(table.ToString());
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
