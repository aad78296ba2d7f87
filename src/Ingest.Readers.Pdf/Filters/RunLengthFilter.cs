namespace Ingest.Readers.Pdf.Filters;

/// <summary>RunLengthDecode: literal runs (length byte 0-127) and repeated bytes (129-255), 128 ends the data.</summary>
internal static class RunLengthFilter
{
    /// <summary>Decodes <paramref name="input"/>.</summary>
    /// <param name="input">The encoded bytes.</param>
    /// <param name="maxBytes">The bound on the output.</param>
    public static byte[] Decode(byte[] input, long maxBytes)
    {
        var output = new BoundedOutput(input.Length * 2, maxBytes);
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
                var b = input[i++];
                for (var k = 0; k < 257 - length; k++)
                {
                    output.Write(b);
                }
            }
        }

        return output.ToArray();
    }
}
