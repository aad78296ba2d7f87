using System.IO.Compression;

namespace Ingest.Readers.Archives;

/// <summary>
/// Buffers an archive within the byte limit (ZIP needs a seekable stream) and opens it, turning damage into a read error.
/// The caller disposes both the archive and the buffer.
/// </summary>
internal static class ArchiveBuffer
{
    public static async ValueTask<(ZipArchive Archive, MemoryStream Buffer)> OpenAsync(Stream content, ReadContext context, string prefix, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        try
        {
            await content.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
            if (buffer.Length > context.MaxBytes)
            {
                throw new DocumentReadException($"{prefix}.too-large", $"The archive is larger than the limit of {context.MaxBytes} bytes.");
            }

            buffer.Position = 0;
            var archive = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            try
            {
                // The central directory is read on first use: read it here, so its damage is a read error and not a crash later.
                _ = archive.Entries.Count;
            }
            catch
            {
                archive.Dispose();
                throw;
            }

            return (archive, buffer);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            await buffer.DisposeAsync().ConfigureAwait(false);
            throw new DocumentReadException($"{prefix}.malformed", "The archive is truncated or damaged: " + ex.Message, ex);
        }
    }
}
