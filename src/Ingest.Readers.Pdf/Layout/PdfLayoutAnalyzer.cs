using System.Text;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Layout analysis: turns each page's positioned glyphs into blocks of text in reading order — words from glyph
/// gaps, lines from baselines, blocks from line spacing and indentation, columns read one after the other,
/// headings by size and weight, running headers and footers found by repetition across pages, and words broken
/// at line ends repaired with the document's own vocabulary as evidence.
/// </summary>
internal sealed class PdfLayoutAnalyzer
{
    /// <summary>Analyzes pages and returns the blocks of all pages in reading order.</summary>
    /// <param name="pages">The pages' glyphs, in page order.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    public static IReadOnlyList<LayoutBlock> Analyze(IReadOnlyList<PdfPageGlyphs> pages, CancellationToken cancellationToken)
    {
        var lineBuilder = new LayoutLineBuilder();
        var pageLines = new List<LayoutLine>[pages.Count];
        for (var p = 0; p < pages.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pageLines[p] = [];
            lineBuilder.Build(pages[p], pageLines[p]);
        }

        LayoutRunningLines.Mark(pages, pageLines);

        var pageBlocks = new List<LayoutBlockDraft>[pages.Count];
        var vocabulary = new LayoutVocabulary();
        var previousEndsWithHyphen = false;
        for (var p = 0; p < pages.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pageBlocks[p] = BuildPageBlocks(pageLines[p]);
            foreach (var block in pageBlocks[p])
            {
                if (block.Kind is not (BlockKind.PageHeader or BlockKind.PageFooter))
                {
                    vocabulary.AddLines(block.Lines, previousEndsWithHyphen);
                    previousEndsWithHyphen = LayoutVocabulary.EndsWithBreakHyphen(block.Last);
                }
            }
        }

        LayoutHeadings.Classify(pageBlocks);
        JoinWordsAcrossBlocks(pageBlocks, vocabulary);

        var result = new List<LayoutBlock>();
        var text = new StringBuilder();
        LayoutBlockDraft? previousBody = null;
        var previousBodyIndex = -1;
        for (var p = 0; p < pages.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = pages[p];
            foreach (var block in pageBlocks[p])
            {
                var blockText = BlockText(block, vocabulary, text);
                if (blockText.Length == 0)
                {
                    continue;
                }

                var isBody = block.Kind is not (BlockKind.PageHeader or BlockKind.PageFooter);

                // A paragraph cut by a column or page break is one paragraph: it keeps the page and bounds where it starts.
                if (isBody && previousBody is not null && LayoutContinuation.Continues(previousBody, block))
                {
                    var head = result[previousBodyIndex];
                    result[previousBodyIndex] = head with { Text = head.Text + " " + blockText };
                }
                else
                {
                    result.Add(new LayoutBlock(block.Kind, blockText, page.PageNumber, PageBounds(block), block.Level));
                    previousBodyIndex = isBody ? result.Count - 1 : previousBodyIndex;
                }

                previousBody = isBody ? block : previousBody;
            }
        }

        return result;
    }

    /// <summary>
    /// Repairs a word hyphenated at the end of a column or page: when a body block ends with a hyphen and the next
    /// body block in reading order starts with a letter, the next block's first word moves up to complete it.
    /// </summary>
    private static void JoinWordsAcrossBlocks(List<LayoutBlockDraft>[] pageBlocks, LayoutVocabulary vocabulary)
    {
        LayoutBlockDraft? previous = null;
        foreach (var blocks in pageBlocks)
        {
            foreach (var block in blocks)
            {
                if (block.Kind is BlockKind.PageHeader or BlockKind.PageFooter || block.Lines.Count == 0)
                {
                    continue;
                }

                if (previous is { Kind: BlockKind.Paragraph or BlockKind.ListItem } && block.Kind == BlockKind.Paragraph
                    && LayoutVocabulary.EndsWithBreakHyphen(previous.Last) && char.IsLetter(block.Lines[0].Words[0][0]))
                {
                    var words = previous.Last.Words;
                    var head = words[^1];
                    var tail = block.Lines[0].Words[0];
                    words[^1] = (LayoutHyphenation.ShouldJoin(head, tail, vocabulary) ? head[..^1] : head) + tail;
                    block.Lines[0].Words.RemoveAt(0);
                    if (block.Lines[0].Words.Count == 0)
                    {
                        block.Lines.RemoveAt(0);
                    }
                }

                previous = block.Lines.Count > 0 ? block : previous;
            }
        }
    }

    /// <summary>Blocks of one page: running headers first, then each direction's body in reading order, then running footers.</summary>
    private static List<LayoutBlockDraft> BuildPageBlocks(List<LayoutLine> lines)
    {
        var headers = new List<LayoutBlockDraft>();
        var footers = new List<LayoutBlockDraft>();
        var body = new List<LayoutBlockDraft>();
        var directions = new List<int>();
        foreach (var line in lines)
        {
            if (line.Role == BlockKind.PageHeader)
            {
                headers.Add(new LayoutBlockDraft(line, BlockKind.PageHeader));
            }
            else if (line.Role == BlockKind.PageFooter)
            {
                footers.Add(new LayoutBlockDraft(line, BlockKind.PageFooter));
            }
            else if (!directions.Contains(line.Direction))
            {
                directions.Add(line.Direction);
            }
        }

        // Lines arrive grouped by direction, the page's dominant direction first.
        foreach (var direction in directions)
        {
            var directionLines = new List<LayoutLine>();
            foreach (var line in lines)
            {
                if (line.Direction == direction && line.Role == BlockKind.Paragraph)
                {
                    directionLines.Add(line);
                }
            }

            body.AddRange(LayoutBlockBuilder.Build(directionLines));
        }

        LayoutReadingOrder.Sort(headers);
        LayoutReadingOrder.Sort(footers);
        var all = new List<LayoutBlockDraft>(headers.Count + body.Count + footers.Count);
        all.AddRange(headers);
        all.AddRange(body);
        all.AddRange(footers);
        return all;
    }

    private static string BlockText(LayoutBlockDraft block, LayoutVocabulary vocabulary, StringBuilder text)
    {
        text.Clear();
        var lines = block.Lines;
        if (block.Kind == BlockKind.Table)
        {
            for (var l = 0; l < lines.Count; l++)
            {
                if (l > 0)
                {
                    text.Append(lines[l].Row == lines[l - 1].Row ? '\t' : '\n');
                }

                AppendWords(text, lines[l].Words, 0, lines[l].Words.Count);
            }

            return text.ToString();
        }

        var glued = false;
        for (var l = 0; l < lines.Count; l++)
        {
            var words = lines[l].Words;
            for (var w = 0; w < words.Count; w++)
            {
                var word = words[w];
                if (text.Length > 0 && !glued)
                {
                    text.Append(' ');
                }

                glued = false;
                var endsLine = w == words.Count - 1 && l + 1 < lines.Count;
                if (endsLine && word.Length > 1 && LayoutHyphenation.IsHyphen(word[^1]))
                {
                    glued = true;
                    var join = LayoutHyphenation.ShouldJoin(word, lines[l + 1].Words[0], vocabulary);
                    AppendWord(text, join ? word[..^1] : word);
                }
                else
                {
                    glued = endsLine && LayoutHyphenation.IsDash(word[^1]);
                    AppendWord(text, word);
                }
            }
        }

        return text.ToString();
    }

    private static void AppendWords(StringBuilder text, List<string> words, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            if (w > start)
            {
                text.Append(' ');
            }

            AppendWord(text, words[w]);
        }
    }

    private static void AppendWord(StringBuilder text, string word)
    {
        foreach (var c in word)
        {
            if (c != '\u00AD')
            {
                text.Append(c);
            }
        }
    }

    /// <summary>The block's bounds turned back from its direction's local frame into page space.</summary>
    private static BoundingBox PageBounds(LayoutBlockDraft block)
    {
        var direction = block.Lines[0].Direction;
        if (direction == 0)
        {
            return new BoundingBox(block.Left, block.Bottom, block.Right, block.Top);
        }

        var radians = direction * Math.PI / 180;
        var cos = Math.Round(Math.Cos(radians), 12);
        var sin = Math.Round(Math.Sin(radians), 12);
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        Span<double> us = [block.Left, block.Right];
        Span<double> vs = [block.Bottom, block.Top];
        foreach (var bu in us)
        {
            foreach (var bv in vs)
            {
                var x = (bu * cos) - (bv * sin);
                var y = (bu * sin) + (bv * cos);
                minX = Math.Min(minX, x);
                maxX = Math.Max(maxX, x);
                minY = Math.Min(minY, y);
                maxY = Math.Max(maxY, y);
            }
        }

        return new BoundingBox(minX, minY, maxX, maxY);
    }
}
