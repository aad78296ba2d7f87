using System.Globalization;

namespace Ingest.ConsoleHost;

/// <summary>The per-document summary the host prints on standard error.</summary>
internal sealed class SummaryTable
{
    private readonly List<IngestResult> _rows = new();

    // Only what the table prints is kept, so a batch of many documents does not hold every document in memory.
    public void Add(IngestResult result)
    {
        _counts[result.Index] = (result.Document?.Blocks.Count ?? 0, result.Document?.Entities.Count ?? 0);
        _rows.Add(new IngestResult(result.Source, result.Index, result.Status, null, result.Diagnostics)
        {
            Reader = result.Reader,
            MediaType = result.MediaType,
            Normalizers = result.Normalizers,
            BytesRead = result.BytesRead,
            Elapsed = result.Elapsed,
        });
    }

    private readonly Dictionary<long, (int Blocks, int Entities)> _counts = new();

    public int Count => _rows.Count;

    public long BytesRead => _rows.Sum(r => r.BytesRead);

    public int Failed => _rows.Count(r => r.Status != IngestStatus.Succeeded);

    public void Write(TextWriter writer)
    {
        var rows = _rows.OrderBy(r => r.Index).Select(r => new[]
        {
            Shorten(DisplayName(r.Source), 44),
            r.Reader ?? "-",
            JsonLinesWriter.StatusName(r.Status),
            _counts[r.Index].Blocks.ToString(CultureInfo.InvariantCulture),
            _counts[r.Index].Entities.ToString(CultureInfo.InvariantCulture),
            $"{r.Elapsed.TotalMilliseconds:0} ms",
            r.Normalizers.Count == 0 ? "-" : string.Join(",", r.Normalizers),
        }).ToList();
        string[] header = ["source", "reader", "status", "blocks", "entities", "time", "normalizers"];
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        writer.WriteLine(Format(header, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            writer.WriteLine(Format(row, widths));
        }

        foreach (var result in _rows.OrderBy(r => r.Index).Where(r => r.Status != IngestStatus.Succeeded))
        {
            foreach (var d in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                writer.WriteLine($"  {DisplayName(result.Source)}: {d.Code}: {d.Message}");
            }
        }

        var succeeded = _rows.Count(r => r.Status == IngestStatus.Succeeded);
        var partial = _rows.Count(r => r.Status == IngestStatus.Partial);
        writer.WriteLine($"{_rows.Count} documents: {succeeded} succeeded, {partial} partial, {_rows.Count - succeeded - partial} failed");
    }

    private static string Format(string[] cells, int[] widths)
    {
        var padded = cells.Select((c, i) => i is 3 or 4 or 5 ? c.PadLeft(widths[i]) : c.PadRight(widths[i]));
        return string.Join("  ", padded).TrimEnd();
    }

    private static string DisplayName(Uri uri) => uri.IsAbsoluteUri && uri.IsFile ? Path.GetFileName(uri.LocalPath) : uri.ToString();

    private static string Shorten(string text, int max) => text.Length <= max ? text : "…" + text[^(max - 1)..];
}
