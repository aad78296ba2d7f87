using System.IO.Compression;

namespace Ingest.Readers.Office.Packaging;

/// <summary>
/// Checks a package's ZIP directory before the Open XML SDK decompresses anything: total expanded size and the
/// expansion ratio of each large part (a zip bomb), and encrypted entries. Sizes come from the central directory,
/// and the decompressing stream is trusted to stop at the declared size.
/// </summary>
internal static class PackageGuard
{
    private const long RatioFloor = 1 << 20;

    public static void Check(Stream package, OfficeReaderOptions options, string prefix)
    {
        long total = 0;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (entry.IsEncrypted)
                {
                    throw new DocumentReadException($"{prefix}.encrypted", $"The part {entry.FullName} is encrypted.");
                }

                total += entry.Length;
                if (total > options.MaxUncompressedBytes)
                {
                    throw new DocumentReadException($"{prefix}.too-large", $"The package expands to more than {options.MaxUncompressedBytes} bytes.");
                }

                if (entry.Length > RatioFloor && entry.Length > entry.CompressedLength * (long)options.MaxCompressionRatio)
                {
                    throw new DocumentReadException($"{prefix}.zip-bomb", $"The part {entry.FullName} expands {entry.Length / Math.Max(1, entry.CompressedLength)} times, more than the limit of {options.MaxCompressionRatio}.");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException($"{prefix}.malformed", "The package is not a readable ZIP archive (truncated or damaged): " + ex.Message, ex);
        }
        finally
        {
            package.Position = 0;
        }
    }
}
