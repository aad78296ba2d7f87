using System.Text;
using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>
/// Reads the hand-annotated documents (<c>[surface|p/l/o|entity]</c> markup) and scores the normalizer on them:
/// mention F1 with exact spans and kinds, and B-cubed over the gold mentions with entities shared across documents.
/// </summary>
internal static class NameEvaluation
{
    // The annotated sets are copied to the test output, so they are found under CI's deterministic (mapped) source paths too.
    public static string AnnotatedFolder() => Path.Combine(AppContext.BaseDirectory, "Names", "Annotated");

    public static string HoldoutFolder() => Path.Combine(Path.GetDirectoryName(AnnotatedFolder())!, "Holdout");

    public static string SecondHoldoutFolder() => Path.Combine(Path.GetDirectoryName(AnnotatedFolder())!, "Holdout2");

    /// <summary>The 44 news articles of several topics, annotated independently, with entity keys per document.</summary>
    public static string NewsFolder() => Path.Combine(Path.GetDirectoryName(AnnotatedFolder())!, "News");

    /// <summary>Whether a file of a numbered set (<c>NN-name.txt</c>) is in the tuning half: the even numbers.</summary>
    public static bool IsTuneHalf(string file) => int.Parse(Path.GetFileName(file).AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) % 2 == 0;

    /// <summary>Parses one annotated text into plain text and gold mentions.</summary>
    public static (string Text, List<GoldMention> Gold) Parse(int document, string annotated)
    {
        var text = new StringBuilder(annotated.Length);
        var gold = new List<GoldMention>();
        var i = 0;
        while (i < annotated.Length)
        {
            var open = annotated.IndexOf('[', i);
            if (open < 0)
            {
                text.Append(annotated, i, annotated.Length - i);
                break;
            }

            var close = annotated.IndexOf(']', open);
            text.Append(annotated, i, open - i);
            var parts = annotated[(open + 1)..close].Split('|');
            var kind = parts[1] switch { "p" => NameKind.Person, "l" => NameKind.Place, _ => NameKind.Organization };
            gold.Add(new GoldMention(document, text.Length, parts[0].Length, kind, parts[2]));
            text.Append(parts[0]);
            i = close + 1;
        }

        return (text.ToString(), gold);
    }

    /// <summary>Builds a document whose blocks are the non-empty lines, shifting gold offsets to the document text.</summary>
    public static Document Build(string name, string text, List<GoldMention> gold, IReadOnlyList<string> authors)
    {
        var builder = new DocumentBuilder(new Uri("file:///annotated/" + name), MediaTypes.PlainText, text.Length);
        foreach (var author in authors)
        {
            builder.Metadata.Authors.Add(author);
        }

        var offset = 0;
        var shifted = new List<GoldMention>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                var block = builder.AddBlock(BlockKind.Paragraph, line)!;
                foreach (var g in gold)
                {
                    if (g.Start >= offset && g.Start < offset + line.Length)
                    {
                        shifted.Add(g with { Start = g.Start - offset + block.Start });
                    }
                }
            }

            offset += line.Length + 1;
        }

        gold.Clear();
        gold.AddRange(shifted);
        return builder.Build();
    }

    /// <summary>
    /// Loads the annotated set (the files <paramref name="include"/> accepts) and normalizes it as one batch. With
    /// <paramref name="keysPerDocument"/>, gold entity keys name an entity within one document only.
    /// </summary>
    public static (List<Document> Documents, List<GoldMention> Gold) RunAnnotatedSet(string? folder = null, Func<string, bool>? include = null, bool keysPerDocument = false)
    {
        var normalizer = NameTestDocuments.Normalizer();
        var gold = new List<GoldMention>();
        var documents = new List<Document>();
        var files = Directory.GetFiles(folder ?? AnnotatedFolder(), "*.txt").Where(include ?? (_ => true)).Order(StringComparer.Ordinal).ToArray();
        for (var d = 0; d < files.Length; d++)
        {
            var (text, mentions) = Parse(d, File.ReadAllText(files[d]).Replace("\r\n", "\n"));
            var authors = new List<string>();
            foreach (var line in text.Split('\n'))
            {
                if (line.StartsWith("By ", StringComparison.Ordinal))
                {
                    authors.Add(line[3..].Trim());
                }
            }

            var document = Build(Path.GetFileName(files[d]), text, mentions, authors);
            normalizer.NormalizeAsync(document, NormalizationContext.For(document, null)).AsTask().GetAwaiter().GetResult();
            gold.AddRange(keysPerDocument ? mentions.Select(m => m with { Entity = d + ":" + m.Entity }) : mentions);
            documents.Add(document);
        }

        return (documents, gold);
    }

    /// <summary>Scores predictions against gold mentions.</summary>
    /// <param name="documents">The normalized documents.</param>
    /// <param name="allGold">The gold mentions.</param>
    /// <param name="kinds">The kinds scored.</param>
    /// <param name="keysPerDocument">Whether entities are compared within each document only (predicted keys too).</param>
    public static NameScore Score(IReadOnlyList<Document> documents, IReadOnlyList<GoldMention> allGold, Func<NameKind, bool> kinds, bool keysPerDocument = false)
    {
        var gold = allGold.Where(g => kinds(g.Kind)).ToList();
        var predicted = new Dictionary<(int, int, int, NameKind), string>();
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var name in documents[d].Names())
            {
                if (kinds(name.Kind))
                {
                    predicted[(d, name.Start, name.Length, name.Kind)] = keysPerDocument ? d + ":" + name.Key : name.Key;
                }
            }
        }

        var keys = new string[gold.Count];
        var matched = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            if (predicted.TryGetValue((g.Document, g.Start, g.Length, g.Kind), out var key))
            {
                keys[i] = key;
                matched++;
            }
            else
            {
                keys[i] = "missing#" + i;
            }
        }

        double precision = 0, recall = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            int same = 0, sameGold = 0, samePredicted = 0;
            for (var j = 0; j < gold.Count; j++)
            {
                var g = gold[j].Entity == gold[i].Entity;
                var p = keys[j] == keys[i];
                sameGold += g ? 1 : 0;
                samePredicted += p ? 1 : 0;
                same += g && p ? 1 : 0;
            }

            precision += (double)same / samePredicted;
            recall += (double)same / sameGold;
        }

        return new NameScore(gold.Count, predicted.Count, matched, gold.Count == 0 ? 0 : precision / gold.Count, gold.Count == 0 ? 0 : recall / gold.Count);
    }

    /// <summary>Lists gold mentions that were missed and predictions that match no gold mention, for diagnosis.</summary>
    public static IEnumerable<string> Differences(IReadOnlyList<Document> documents, IReadOnlyList<GoldMention> gold)
    {
        var goldSet = gold.Select(g => (g.Document, g.Start, g.Length, g.Kind)).ToHashSet();
        for (var d = 0; d < documents.Count; d++)
        {
            var text = documents[d].Text;
            foreach (var name in documents[d].Names())
            {
                if (!goldSet.Contains((d, name.Start, name.Length, name.Kind)))
                {
                    yield return $"extra   {d} {name.Kind} \"{name.Text}\" {name.Key}";
                }
            }

            var predicted = documents[d].Names().Select(n => (n.Start, n.Length, n.Kind)).ToHashSet();
            foreach (var g in gold.Where(g => g.Document == d && !predicted.Contains((g.Start, g.Length, g.Kind))))
            {
                yield return $"missing {d} {g.Kind} \"{text.Substring(g.Start, g.Length)}\"";
            }
        }
    }

    /// <summary>
    /// The gold mentions of the fixtures: every occurrence, at word boundaries, of the surfaces hand-listed in
    /// <c>FixtureGold.txt</c>, longest first and without overlaps.
    /// </summary>
    public static List<GoldMention> FixtureGold(IReadOnlyList<Document> documents, IReadOnlyList<string> names)
    {
        var lines = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(AnnotatedFolder())!, "FixtureGold.txt"))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('|'))
            .ToList();
        var gold = new List<GoldMention>();
        for (var d = 0; d < documents.Count; d++)
        {
            var text = documents[d].Text;
            var taken = new List<(int Start, int End)>();
            foreach (var entry in lines.Where(l => names[d].StartsWith(l[0], StringComparison.Ordinal)).OrderByDescending(l => l[3].Length))
            {
                var kind = entry[1] switch { "p" => NameKind.Person, "l" => NameKind.Place, _ => NameKind.Organization };
                for (var at = text.IndexOf(entry[3], StringComparison.Ordinal); at >= 0; at = text.IndexOf(entry[3], at + 1, StringComparison.Ordinal))
                {
                    var end = at + entry[3].Length;
                    if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end]))
                        || taken.Any(t => t.Start < end && at < t.End))
                    {
                        continue;
                    }

                    taken.Add((at, end));
                    gold.Add(new GoldMention(d, at, entry[3].Length, kind, entry[2]));
                }
            }
        }

        return gold;
    }
}
