using System.Text;

namespace Ingest.Tests.Reliability;

/// <summary>Small seeded generators for the hostile inputs of the reliability suite.</summary>
internal static class GeneratedInputs
{
    /// <summary>Prose of about <paramref name="length"/> characters, words from a seeded generator.</summary>
    public static string Prose(int seed, int length)
    {
        var random = new Random(seed);
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            var word = random.Next(1, 10);
            for (var i = 0; i < word; i++)
            {
                text.Append((char)('a' + random.Next(26)));
            }

            text.Append(random.Next(12) == 0 ? ".\n\n" : " ");
        }

        return text.ToString(0, length);
    }

    /// <summary>File names that percent-decoding would change, or that URIs treat specially.</summary>
    public static IEnumerable<string> AwkwardNames(int seed)
    {
        var random = new Random(seed);
        yield return "pct%41.txt";
        yield return "caf%C3%A9.txt";
        yield return "hash#frag.txt";
        yield return "query?x=1.txt";
        yield return "space and %20.txt";
        for (var i = 0; i < 5; i++)
        {
            yield return $"r{i}%{random.Next(16):X}{random.Next(16):X}.txt";
        }
    }

    public static MemorySourceDocument Memory(string text, string name)
        => new(Encoding.UTF8.GetBytes(text), new Uri("memory:/" + name));
}
