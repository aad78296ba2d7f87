using System.IO.Compression;

namespace Ingest.Readers.Archives;

/// <summary>
/// Decides which entries of an archive may be extracted: files only, with a relative path that stays inside the
/// archive, not encrypted, within the entry size, expansion-ratio and total-size limits. Every refusal is a diagnostic.
/// Extraction reads at most the limit plus one byte, so an entry that lies about its size cannot blow up memory.
/// </summary>
internal sealed class ArchiveEntryGuard
{
    private const long RatioFloor = 1 << 20;

    private readonly ArchiveReaderOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private long _total;
    private int _entries;

    public ArchiveEntryGuard(ArchiveReaderOptions options, List<Diagnostic> diagnostics)
    {
        _options = options;
        _diagnostics = diagnostics;
    }

    /// <summary>The entry's safe relative path, or null when it must not be extracted.</summary>
    public string? Admit(ZipArchiveEntry entry)
    {
        if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
        {
            return null;
        }

        if (++_entries > _options.MaxEntries)
        {
            Once("zip.too-many-entries", $"The archive has more than {_options.MaxEntries} entries; the rest were not read.");
            return null;
        }

        var path = SafePath(entry.FullName);
        if (path is null)
        {
            Add("zip.unsafe-path", $"The entry {entry.FullName} has an absolute path or leaves the archive (..); it was skipped.", entry);
        }
        else if (entry.IsEncrypted)
        {
            Add("zip.encrypted-entry", $"The entry {entry.FullName} is encrypted; it was skipped.", entry);
        }
        else if (entry.Length > _options.MaxEntryBytes)
        {
            Add("zip.entry-too-large", $"The entry {entry.FullName} expands to {entry.Length} bytes, more than the limit of {_options.MaxEntryBytes}; it was skipped.", entry);
        }
        else if (entry.Length > RatioFloor && entry.Length > entry.CompressedLength * (long)_options.MaxCompressionRatio)
        {
            Add("zip.zip-bomb", $"The entry {entry.FullName} expands {entry.Length / Math.Max(1, entry.CompressedLength)} times, more than the limit of {_options.MaxCompressionRatio}; it was skipped.", entry);
        }
        else if ((_total += entry.Length) > _options.MaxTotalBytes)
        {
            Once("zip.too-large", $"The archive expands to more than {_options.MaxTotalBytes} bytes; the remaining entries were skipped.");
        }
        else
        {
            return path;
        }

        return null;
    }

    /// <summary>Extracts an admitted entry, reading no more than its declared size allows.</summary>
    public byte[]? Extract(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            var limit = Math.Min(entry.Length, _options.MaxEntryBytes);
            var buffer = new byte[limit];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return read == buffer.Length ? buffer : buffer[..read];
        }
        catch (InvalidDataException ex)
        {
            Add("zip.entry-damaged", $"The entry {entry.FullName} could not be decompressed: {ex.Message}", entry);
            return null;
        }
    }

    /// <summary>A relative path with <c>/</c> separators and no empty, <c>.</c> or <c>..</c> segments; null when the name is absolute or climbs out.</summary>
    public static string? SafePath(string name)
    {
        var normalized = name.Replace('\\', '/');
        if (normalized.StartsWith('/') || (normalized.Length > 1 && normalized[1] == ':'))
        {
            return null;
        }

        var segments = normalized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s == ".."))
        {
            return null;
        }

        var kept = segments.Where(s => s != ".").ToArray();
        return kept.Length == 0 ? null : string.Join('/', kept);
    }

    private void Add(string code, string message, ZipArchiveEntry entry)
        => _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message) { Stage = "read", Location = entry.FullName });

    private void Once(string code, string message)
    {
        if (!_diagnostics.Exists(d => d.Code == code))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, code, message) { Stage = "read" });
        }
    }
}
