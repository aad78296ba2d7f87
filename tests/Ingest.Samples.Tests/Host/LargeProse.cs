using System.Globalization;
using System.Text;

namespace Ingest.Samples.Tests.Host;

/// <summary>
/// A seeded plain-text file of any size: paragraphs of sentences from a small vocabulary, a quarter of them naming a
/// person and a date, a quarter a sum of money, so the built-in normalizers find work all the way through.
/// ASCII only, so its length in characters is its size in bytes.
/// </summary>
internal static class LargeProse
{
    private static readonly string[] Words =
        "the talks resumed in with delegations report market river council after before several new rules of and a town price season harvest water road school".Split(' ');

    private static readonly string[] People = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Clara Weiss", "Alex Lantier", "Marie Curie"];

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static void Write(string path, long bytes, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        var sentence = new StringBuilder();
        for (long written = 0; written < bytes; written += sentence.Length)
        {
            sentence.Clear();
            AppendSentence(random, sentence);
            sentence.Append(random.Next(5) == 0 ? "\n\n" : " ");
            writer.Write(sentence);
        }
    }

    private static void AppendSentence(Random random, StringBuilder sentence)
    {
        var kind = random.Next(4);
        if (kind == 0)
        {
            sentence.Append(People[random.Next(People.Length)]).Append(" said ");
        }
        else if (kind == 1)
        {
            sentence.Append("The ");
        }

        var start = sentence.Length;
        for (int i = 0, count = random.Next(6, 14); i < count; i++)
        {
            sentence.Append(i == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
        }

        if (kind >= 2)
        {
            sentence[start] = char.ToUpperInvariant(sentence[start]);
        }

        _ = kind switch
        {
            0 => sentence.Append(CultureInfo.InvariantCulture, $" on {random.Next(1, 29)} {Months[random.Next(12)]} {random.Next(1990, 2030)}."),
            1 => sentence.Append(CultureInfo.InvariantCulture, $" cost {random.Next(1, 100_000):N0} euros."),
            _ => sentence.Append('.'),
        };
    }
}
