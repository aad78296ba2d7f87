namespace Ingest.Chunking.Tests;

public sealed class ChunkStructureTests
{
    [Fact]
    public void A_table_cut_across_chunks_repeats_its_header_row_in_each()
    {
        var rows = string.Join("\n", Enumerable.Range(1, 40).Select(i => $"Region {i}\t{i * 100}\t{i * 3} percent"));
        var document = new TestDocuments()
            .Add(BlockKind.Paragraph, "The table below lists the regions.")
            .Add(BlockKind.Table, "Region\tPopulation\tShare\n" + rows)
            .Build();

        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 200 }).Chunk(document);
        var tableChunks = chunks.Where(c => c.BlockKinds.Contains(BlockKind.Table)).ToArray();

        Assert.True(tableChunks.Length > 3);
        Assert.All(tableChunks, c => Assert.StartsWith("Region\tPopulation\tShare\n", c.Text.AsSpan(c.Segments.First(s => document.Blocks[s.BlockIndex].Kind == BlockKind.Table).ChunkStart).ToString(), StringComparison.Ordinal));
        var dataRows = tableChunks.SelectMany(c => c.Text.Split('\n')).Count(l => l.StartsWith("Region ", StringComparison.Ordinal));
        Assert.Equal(40, dataRows);
    }

    [Fact]
    public void Sentences_stay_whole_when_each_fits_the_budget()
    {
        var document = new TestDocuments().Add(BlockKind.Paragraph, TestDocuments.Sentences(30, "annual")).Build();

        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 250 }).Chunk(document);

        Assert.True(chunks.Count > 3);
        Assert.All(chunks, c => Assert.StartsWith("The annual report number", c.Text, StringComparison.Ordinal));
        Assert.All(chunks, c => Assert.EndsWith("by the committee.", c.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        var ends = new List<int>();
        const string text = "Dr. J. R. Smith met Gen. Lee on Jan. 5 in St. Louis. Then they left. \"Why?\" she asked.";

        SentenceBoundaries.Find(text, ends);

        Assert.Equal([text.IndexOf("Then", StringComparison.Ordinal), text.IndexOf("\"Why", StringComparison.Ordinal), text.Length], ends);
    }

    [Fact]
    public void Chunks_carry_the_title_and_headings_they_sit_under()
    {
        var document = new TestDocuments()
            .Add(BlockKind.Title, "Annual review")
            .Add(BlockKind.Heading, "Finance", level: 1)
            .Add(BlockKind.Paragraph, TestDocuments.Sentences(3, "budget"))
            .Add(BlockKind.Heading, "Revenue", level: 2)
            .Add(BlockKind.Paragraph, TestDocuments.Sentences(3, "revenue"))
            .Add(BlockKind.Heading, "Staff", level: 1)
            .Add(BlockKind.Paragraph, TestDocuments.Sentences(3, "staff"))
            .Build();

        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 1000 }).Chunk(document);

        Assert.Equal(3, chunks.Count);
        Assert.Equal(["Annual review", "Finance"], chunks[0].HeadingPath);
        Assert.Equal(["Annual review", "Finance", "Revenue"], chunks[1].HeadingPath);
        Assert.Equal(["Annual review", "Staff"], chunks[2].HeadingPath);
        Assert.StartsWith("Staff\n\nThe staff report", chunks[2].Text, StringComparison.Ordinal);
        Assert.Equal([BlockKind.Heading, BlockKind.Paragraph], chunks[2].BlockKinds);
    }

    [Fact]
    public void Overlap_repeats_the_last_sentences_of_the_previous_chunk_within_a_section()
    {
        var document = new TestDocuments().Add(BlockKind.Paragraph, TestDocuments.Sentences(12, "weekly")).Build();

        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 250, OverlapTokens = 70 }).Chunk(document);

        Assert.True(chunks.Count > 2);
        for (var i = 1; i < chunks.Count; i++)
        {
            var lastSentence = chunks[i - 1].Text[(chunks[i - 1].Text.LastIndexOf("The weekly", StringComparison.Ordinal))..];
            Assert.StartsWith(lastSentence, chunks[i].Text, StringComparison.Ordinal);
            Assert.InRange(chunks[i].Text.Length, 1, 250);
        }
    }
}
