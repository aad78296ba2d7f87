namespace Ingest.Readers.Pdf.Filters;

/// <summary>LZWDecode with variable code length and the /EarlyChange parameter.</summary>
internal static class LzwFilter
{
    /// <summary>Decodes <paramref name="input"/>.</summary>
    /// <param name="input">The compressed bytes.</param>
    /// <param name="earlyChange">1 (the default) when the code length grows one code early.</param>
    /// <param name="maxBytes">The bound on the output.</param>
    public static byte[] Decode(byte[] input, int earlyChange, long maxBytes)
    {
        using var output = new BoundedOutput(input.Length * 3, maxBytes);

        // The table stores each entry as (prefix entry, last byte, length) so no entry allocates.
        var prefix = new int[4096];
        var suffix = new byte[4096];
        var lengths = new int[4096];
        var scratch = new byte[4096];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = (byte)i;
            lengths[i] = 1;
        }

        var next = 258;
        var codeLength = 9;
        var previous = -1;
        long bitBuffer = 0;
        var bitCount = 0;
        var position = 0;
        while (true)
        {
            while (bitCount < codeLength && position < input.Length)
            {
                bitBuffer = (bitBuffer << 8) | input[position++];
                bitCount += 8;
            }

            if (bitCount < codeLength)
            {
                break;
            }

            var code = (int)((bitBuffer >> (bitCount - codeLength)) & ((1 << codeLength) - 1));
            bitCount -= codeLength;
            if (code == 256)
            {
                next = 258;
                codeLength = 9;
                previous = -1;
                continue;
            }

            if (code == 257)
            {
                break;
            }

            int first;
            if (code < next)
            {
                first = Emit(code, prefix, suffix, lengths, scratch, output);
            }
            else if (code == next && previous >= 0)
            {
                first = Emit(previous, prefix, suffix, lengths, scratch, output);
                output.Write((byte)first);
            }
            else
            {
                break;
            }

            if (previous >= 0 && next < 4096)
            {
                prefix[next] = previous;
                suffix[next] = (byte)first;
                lengths[next] = lengths[previous] + 1;
                next++;
            }

            previous = code;
            if (next + earlyChange >= (1 << codeLength) && codeLength < 12)
            {
                codeLength++;
            }
        }

        return output.ToArray();
    }

    private static int Emit(int code, int[] prefix, byte[] suffix, int[] lengths, byte[] scratch, BoundedOutput output)
    {
        var length = lengths[code];
        var c = code;
        for (var i = length - 1; i >= 0; i--)
        {
            scratch[i] = suffix[c];
            c = prefix[c];
        }

        output.Write(scratch.AsSpan(0, length));
        return scratch[0];
    }
}
