using System.Security.Cryptography;
using System.Text;
using Ingest.Chunking;

namespace Ingest.Store.Sqlite;

/// <summary>
/// What, besides the content, decides what the store holds for a document: the reader and normalizers that ran, the
/// chunking options, the embedding generator and the library version. A document whose content and fingerprint are
/// unchanged is not rewritten.
/// </summary>
internal static class OptionsFingerprint
{
    // Read once: the assembly name is built anew by every GetName call, and this runs for every document.
    private static readonly string LibraryVersion = typeof(OptionsFingerprint).Assembly.GetName().Version?.ToString() ?? string.Empty;

    public static string Of(IngestResult result, ChunkingOptions chunking, string? embedder)
    {
        var text = new StringBuilder(128)
            .Append(LibraryVersion).Append('|')
            .Append(result.Reader).Append('|')
            .AppendJoin(',', result.Normalizers).Append('|')
            .Append(chunking.MaxTokens).Append(',').Append(chunking.OverlapTokens).Append(',')
            .Append(chunking.TokenCounter.Name).Append(',').Append(chunking.StartChunkAtHeadings).Append('|')
            .Append(embedder);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
