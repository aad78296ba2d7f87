using System.IO.Compression;

namespace Ingest.Readers.Pdf.Filters;

/// <summary>FlateDecode: zlib data, tolerant of a missing or broken header and of truncated data (the bytes decoded so far are kept).</summary>
internal static class FlateFilter
{
    /// <summary>Decodes <paramref name="input"/>.</summary>
    /// <param name="input">The compressed bytes.</param>
    /// <param name="maxBytes">The bound on the output.</param>
    public static byte[] Decode(byte[] input, long maxBytes)
    {
        using var output = new BoundedOutput(input.Length * 4, maxBytes);
        var skip = HasZlibHeader(input) ? 2 : 0;
        Inflate(input, skip, output);
        return output.ToArray();
    }

    private static bool HasZlibHeader(byte[] input)
        => input.Length >= 2 && (input[0] & 0x0F) == 8 && ((input[0] << 8) | input[1]) % 31 == 0;

    private static void Inflate(byte[] input, int offset, BoundedOutput output)
    {
        // Raw deflate after skipping the zlib header, so a bad Adler-32 checksum at the end does not lose the data.
        using var source = new MemoryStream(input, offset, input.Length - offset, writable: false);
        using var inflater = new DeflateStream(source, CompressionMode.Decompress);
        Span<byte> buffer = stackalloc byte[8192];
        try
        {
            int n;
            while ((n = inflater.Read(buffer)) > 0)
            {
                output.Write(buffer[..n]);
            }
        }
        catch (InvalidDataException)
        {
            // Corrupt or truncated data: keep what was decoded.
        }
    }
}
