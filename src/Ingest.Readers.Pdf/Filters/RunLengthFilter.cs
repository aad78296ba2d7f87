namespace Ingest.Readers.Pdf.Filters;

/// <summary>RunLengthDecode: literal runs (length byte 0-127) and repeated bytes (129-255), 128 ends the data.</summary>
/// <remarks>
/// The length bytes give the decoded size before anything is written, so the output is allocated once at its exact
/// size, and a chain of run-length filters that multiplies a few bytes into gigabytes is refused before it allocates.
/// </remarks>
internal static class RunLengthFilter
{
    /// <summary>Decodes <paramref name="input"/>.</summary>
    /// <param name="input">The encoded bytes.</param>
    /// <param name="maxBytes">The bound on the output.</param>
    public static byte[] Decode(byte[] input, long maxBytes)
    {
        var size = DecodedLength(input);
        if (size > maxBytes)
        {
            throw new Limits.PdfLimitExceededException("pdf.limit.decompression", $"A stream decodes to more than {maxBytes} bytes.");
        }

        var output = new byte[size];
        var written = 0;
        var i = 0;
        while (i < input.Length)
        {
            var length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                var count = Math.Min(length + 1, input.Length - i);
                input.AsSpan(i, count).CopyTo(output.AsSpan(written));
                written += count;
                i += count;
            }
            else if (i < input.Length)
            {
                var count = 257 - length;
                output.AsSpan(written, count).Fill(input[i++]);
                written += count;
            }
        }

        return output;
    }

    /// <summary>The number of bytes <paramref name="input"/> decodes to, read from its length bytes alone.</summary>
    /// <param name="input">The encoded bytes.</param>
    internal static long DecodedLength(ReadOnlySpan<byte> input)
    {
        long size = 0;
        var i = 0;
        while (i < input.Length)
        {
            var length = input[i++];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                var count = Math.Min(length + 1, input.Length - i);
                size += count;
                i += count;
            }
            else if (i < input.Length)
            {
                size += 257 - length;
                i++;
            }
        }

        return size;
    }
}
