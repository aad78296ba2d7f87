namespace Ingest.Readers.Pdf.Filters;

/// <summary>RunLengthDecode: literal runs (length byte 0-127) and repeated bytes (129-255), 128 ends the data.</summary>
internal static class RunLengthFilter
{
    /// <summary>Decodes <paramref name="input"/>.</summary>
    /// <param name="input">The encoded bytes.</param>
    /// <param name="maxBytes">The bound on the output.</param>
    public static byte[] Decode(byte[] input, long maxBytes)
    {
        using var output = new BoundedOutput(input.Length * 2, maxBytes);
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
                output.Write(input.AsSpan(i, count));
                i += count;
            }
            else if (i < input.Length)
            {
                output.WriteRepeated(input[i++], 257 - length);
            }
        }

        return output.ToArray();
    }
}
