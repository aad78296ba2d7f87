namespace Ingest.Chunking.Tests;

public sealed class ChunkProvenanceTests
{
    [Theory]
    [MemberData(nameof(FixtureDocuments.Names), MemberType = typeof(FixtureDocuments))]
    public void Every_segment_of_every_chunk_is_the_exact_document_text_it_points_to(string fixture)
    {
        var (document, _) = FixtureDocuments.Get(fixture);
        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 300, OverlapTokens = 60 }).Chunk(document);

        foreach (var chunk in chunks)
        {
            foreach (var segment in chunk.Segments)
            {
                Assert.Equal(document.Text.AsSpan(segment.DocumentStart, segment.Length), chunk.Text.AsSpan(segment.ChunkStart, segment.Length));
                var block = document.Blocks[segment.BlockIndex];
                Assert.InRange(segment.DocumentStart, block.Start, block.Start + block.Length);
                Assert.InRange(segment.DocumentStart + segment.Length, block.Start, block.Start + block.Length);
                Assert.Equal(block.Page, segment.Page);
                Assert.Equal(block.Bounds, segment.Bounds);
                Assert.Equal(block.SourceRange, segment.SourceRange);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FixtureDocuments.Names), MemberType = typeof(FixtureDocuments))]
    public void Every_word_of_the_body_is_in_some_chunk_in_document_order(string fixture)
    {
        var (document, _) = FixtureDocuments.Get(fixture);
        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 200 }).Chunk(document);

        var covered = new bool[document.Text.Length];
        var last = -1;
        foreach (var segment in chunks.SelectMany(c => c.Segments))
        {
            Assert.True(segment.DocumentStart >= last || segment.BlockIndex == document.Blocks.Count, "segments run in document order without overlap");
            Array.Fill(covered, true, segment.DocumentStart, segment.Length);
            last = segment.DocumentStart + segment.Length;
        }

        foreach (var block in document.Blocks.Where(b => b.Kind is not (BlockKind.Boilerplate or BlockKind.PageHeader or BlockKind.PageFooter)))
        {
            for (var i = block.Start; i < block.Start + block.Length; i++)
            {
                Assert.True(covered[i] || char.IsWhiteSpace(document.Text[i]), $"character {i} of block {block} is in no chunk");
            }
        }
    }

    [Theory]
    [MemberData(nameof(FixtureDocuments.Names), MemberType = typeof(FixtureDocuments))]
    public void A_chunk_carries_exactly_the_entities_inside_its_segments(string fixture)
    {
        var (document, _) = FixtureDocuments.Get(fixture);
        Assert.NotEmpty(document.Entities);
        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 400 }).Chunk(document);

        foreach (var chunk in chunks)
        {
            var expected = document.Entities
                .Where(e => chunk.Segments.Any(s => e.Start >= s.DocumentStart && e.Start + e.Length <= s.DocumentStart + s.Length))
                .ToHashSet();
            Assert.Equal(expected.Count, chunk.Entities.Count);
            Assert.All(chunk.Entities, e => Assert.Contains(e, expected));
        }
    }

    [Fact]
    public void Pdf_chunks_name_their_pages_and_boxes()
    {
        var (document, _) = FixtureDocuments.Get(Path.Combine("pdf", "chromium-000_8356487e95b370c0.pdf"));
        var chunks = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 800 }).Chunk(document);

        Assert.All(chunks, c => Assert.NotEmpty(c.Pages));
        Assert.All(chunks.SelectMany(c => c.Segments), s => Assert.NotNull(s.Bounds));
        Assert.True(chunks[^1].Pages[^1] > 1, "a multi-page document ends on a later page");
    }

    [Fact]
    public void The_same_document_gets_the_same_chunk_ids_and_a_change_keeps_the_ids_before_it()
    {
        var before = new TestDocuments()
            .Add(BlockKind.Paragraph, TestDocuments.Sentences(5, "first"))
            .Add(BlockKind.Paragraph, TestDocuments.Sentences(5, "second"))
            .Build();
        var after = new TestDocuments()
            .Add(BlockKind.Paragraph, TestDocuments.Sentences(5, "first"))
            .Add(BlockKind.Paragraph, TestDocuments.Sentences(5, "changed"))
            .Build();
        var chunker = DocumentChunkers.Create(new ChunkingOptions { MaxTokens = 300 });

        var once = chunker.Chunk(before).Select(c => c.Id).ToArray();
        var twice = chunker.Chunk(before).Select(c => c.Id).ToArray();
        var changed = chunker.Chunk(after).Select(c => c.Id).ToArray();

        Assert.Equal(once, twice);
        Assert.Equal(once[0], changed[0]);
        Assert.NotEqual(once[^1], changed[^1]);
        Assert.Matches("^[0-9A-F]{16}-0$", once[0]);
    }
}
