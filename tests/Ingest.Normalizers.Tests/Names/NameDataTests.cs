using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>The embedded name lists: each entry once, and each list described in the data README.</summary>
public sealed class NameDataTests
{
    private const string Prefix = "Ingest.Normalizers.Names.Data.";

    public static TheoryData<string> Lists()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(NameNormalizer).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(name[Prefix.Length..]);
        }

        return data;
    }

    [Fact]
    public void Every_list_is_embedded()
    {
        Assert.True(Lists().Count >= 13, "expected the thirteen name lists to be embedded");
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_holds_each_entry_once(string list)
    {
        // given-names.txt and common-words.txt hold several words a line; the other lists one entry a line.
        var severalALine = list is "given-names.txt" or "common-words.txt";
        var entries = Entries(list).SelectMany(line => severalALine ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [line]);
        var duplicates = entries.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(duplicates.Count == 0, $"{list} repeats: {string.Join(", ", duplicates)}");
    }

    [Fact]
    public void Given_names_cover_many_cultures()
    {
        var names = Entries("given-names.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);

        Assert.True(names.Count > 2000, $"{names.Count} given names");
        Assert.Contains("Ngozi", names);
        Assert.Contains("Priya", names);
        Assert.Contains("Haruka", names);
        Assert.Contains("Camila", names);
        Assert.Contains("Youssef", names);
    }

    private static List<string> Entries(string list)
    {
        using var stream = typeof(NameNormalizer).Assembly.GetManifestResourceStream(Prefix + list)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
