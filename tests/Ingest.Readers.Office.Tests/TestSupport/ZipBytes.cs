using System.IO.Compression;

namespace Ingest.Readers.Office.Tests.TestSupport;

/// <summary>ZIP archives with chosen entries, and a flag edit that marks every entry encrypted.</summary>
internal static class ZipBytes
{
    public static byte[] Create(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A package whose one part expands from a few kilobytes to <paramref name="size"/> zero bytes.</summary>
    public static byte[] Bomb(string name, long size)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 16];
            for (long written = 0; written < size; written += zeros.Length)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Sets bit 0 of the general-purpose flags (encrypted) in every local and central header.</summary>
    public static byte[] MarkEncrypted(byte[] zip)
    {
        var copy = (byte[])zip.Clone();
        for (var i = 0; i + 8 < copy.Length; i++)
        {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 3 && copy[i + 3] == 4)
            {
                copy[i + 6] |= 1;
            }
            else if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2)
            {
                copy[i + 8] |= 1;
            }
        }

        return copy;
    }
}
