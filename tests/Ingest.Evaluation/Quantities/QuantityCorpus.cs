using System.Globalization;

namespace Ingest.Evaluation.Quantities;

/// <summary>
/// Reads one half of the quantities set (tests/Fixtures/quantities, see its README): <c>NAME.txt</c> with paragraphs that
/// start with a <c>## id</c> line, and <c>NAME.gold.tsv</c> with one gold mention a row (offsets into the paragraph body).
/// </summary>
internal static class QuantityCorpus
{
    /// <summary>The paragraphs of <paramref name="path"/> by id, each body the lines after its <c>## id</c> line joined with a line feed.</summary>
    public static List<(string Id, string Body)> ReadParagraphs(string path)
    {
        var paragraphs = new List<(string, string)>();
        string? id = null;
        var body = new List<string>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                id = line[3..].Trim();
            }
            else if (line.Trim().Length == 0)
            {
                Flush();
            }
            else if (id is not null)
            {
                body.Add(line);
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (id is not null && body.Count > 0)
            {
                paragraphs.Add((id, string.Join('\n', body)));
            }

            if (body.Count > 0)
            {
                id = null;
            }

            body.Clear();
        }
    }

    /// <summary>The gold mentions of <paramref name="path"/> (a header line, then tab-separated rows).</summary>
    public static List<QuantityMention> ReadGold(string path)
    {
        var gold = new List<QuantityMention>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 12)
            {
                continue;
            }

            gold.Add(new QuantityMention(f[0], Int(f[1]), Int(f[2]), f[3], f[4], Number(f[5]), Number(f[6]), f[9], f[10], f[11] == "true"));
        }

        return gold;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double? Number(string s) => s.Length == 0 ? null : double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
