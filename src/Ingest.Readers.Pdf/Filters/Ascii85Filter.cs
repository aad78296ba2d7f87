namespace Ingest.Readers.Pdf.Filters;

/// <summary>ASCII85Decode: base-85 groups, <c>z</c> for four zero bytes, <c>~&gt;</c> at the end.</summary>
internal static class Ascii85Filter
{
    private static readonly byte[] ZeroGroup = new byte[4];

    /// <summary>Decodes <paramref name="input"/>.</summary>
    /// <param name="input">The encoded bytes.</param>
    /// <param name="maxBytes">The bound on the output.</param>
    public static byte[] Decode(byte[] input, long maxBytes)
    {
        using var output = new BoundedOutput(input.Length, maxBytes);
        Span<byte> group = stackalloc byte[5];
        var count = 0;
        var start = input.Length >= 2 && input[0] == (byte)'<' && input[1] == (byte)'~' ? 2 : 0;
        for (var i = start; i < input.Length; i++)
        {
            var b = input[i];
            if (b == (byte)'~')
            {
                break;
            }

            if (b == (byte)'z' && count == 0)
            {
                output.Write(ZeroGroup);
                continue;
            }

            if (b < (byte)'!' || b > (byte)'u')
            {
                continue;
            }

            group[count++] = (byte)(b - '!');
            if (count == 5)
            {
                WriteGroup(group, 4, output);
                count = 0;
            }
        }

        if (count > 1)
        {
            for (var i = count; i < 5; i++)
            {
                group[i] = 84;
            }

            WriteGroup(group, count - 1, output);
        }

        return output.ToArray();
    }

    private static void WriteGroup(ReadOnlySpan<byte> group, int bytes, BoundedOutput output)
    {
        uint value = 0;
        foreach (var g in group)
        {
            value = unchecked((value * 85) + g);
        }

        for (var i = 0; i < bytes; i++)
        {
            output.Write((byte)(value >> (24 - (8 * i))));
        }
    }
}
