namespace Ingest.Testing;

/// <summary>
/// Seeded mutations of valid documents for robustness tests: bit flips, byte runs overwritten, truncation, chunks
/// duplicated or deleted, random insertions and spliced garbage. The same seed always gives the same case.
/// </summary>
internal static class InputMutator
{
    /// <summary>Returns a mutated copy of <paramref name="original"/> for case <paramref name="seed"/>.</summary>
    public static byte[] Mutate(byte[] original, int seed)
    {
        var random = new Random(seed);
        var data = new List<byte>(original);
        var operations = 1 + random.Next(4);
        for (var op = 0; op < operations && data.Count > 0; op++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(7))
            {
                case 0:
                    for (var i = 0; i < 1 + random.Next(16); i++)
                    {
                        var p = random.Next(data.Count);
                        data[p] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1:
                    for (var i = at; i < Math.Min(data.Count, at + random.Next(64)); i++)
                    {
                        data[i] = (byte)random.Next(256);
                    }

                    break;
                case 2:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 3:
                    var length = Math.Min(data.Count - at, random.Next(512));
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, length));
                    break;
                case 4:
                    data.RemoveRange(at, Math.Min(data.Count - at, random.Next(256)));
                    break;
                case 5:
                    var garbage = new byte[random.Next(1, 128)];
                    random.NextBytes(garbage);
                    data.InsertRange(at, garbage);
                    break;
                default:
                    // Structural characters are what parsers trip on: brackets, quotes, delimiters, NULs.
                    ReadOnlySpan<byte> special = "<>()[]{}\"'/\\%&;#\0\n\r"u8;
                    for (var i = 0; i < 1 + random.Next(8); i++)
                    {
                        data.Insert(random.Next(data.Count), special[random.Next(special.Length)]);
                    }

                    break;
            }
        }

        return data.ToArray();
    }
}
