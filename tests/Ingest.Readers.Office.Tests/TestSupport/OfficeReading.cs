namespace Ingest.Readers.Office.Tests.TestSupport;

/// <summary>Reads bytes or a fixture with one of the Office readers, as the pipeline would.</summary>
internal static class OfficeReading
{
    public static string FixturePath(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    public static async Task<Document> ReadAsync(IDocumentReader reader, byte[] bytes, string name = "test")
    {
        var source = new MemorySourceDocument(bytes, new Uri($"memory:///{name}"));
        await using var stream = await source.OpenAsync();
        return await reader.ReadAsync(stream, new ReadContext(source, reader.Formats[0].MediaType));
    }

    /// <summary>The text of every block except tables, one block a line.</summary>
    public static string TextWithoutTables(Document document)
        => string.Join("\n", document.Blocks.Where(b => b.Kind != BlockKind.Table).Select(b => b.GetText(document)));

    /// <summary>The fixture's headings: its first paragraph (the title, without "# ") and its "## " lines.</summary>
    public static List<string> FixtureHeadings(string fixtureText)
    {
        var paragraphs = System.Text.RegularExpressions.Regex.Split(fixtureText, @"\n\s*\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var headings = new List<string> { paragraphs[0].TrimStart('#', ' ') };
        headings.AddRange(paragraphs.Skip(1).Where(p => p.StartsWith("## ", StringComparison.Ordinal)).Select(p => p[3..].Trim()));
        return headings;
    }
}
