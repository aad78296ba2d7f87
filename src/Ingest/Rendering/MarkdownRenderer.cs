using System.Text;

namespace Ingest.Rendering;

/// <summary>Writes a document's blocks as CommonMark; every block becomes exactly one Markdown block.</summary>
internal static class MarkdownRenderer
{
    /// <summary>Whether a block of this kind belongs to the body that renderings show.</summary>
    public static bool IsBody(BlockKind kind) => kind is not (BlockKind.Boilerplate or BlockKind.PageHeader or BlockKind.PageFooter);

    public static void Render(Document document, StringBuilder output)
    {
        var hasTitle = false;
        BlockKind? previous = null;
        foreach (var block in document.Blocks)
        {
            if (!IsBody(block.Kind))
            {
                continue;
            }

            var text = document.Text.AsSpan(block.Start, block.Length);
            if (text.IsWhiteSpace())
            {
                continue;
            }

            // Consecutive list items form one list; anything else is separated by a blank line.
            if (previous is not null)
            {
                output.Append(previous == BlockKind.ListItem && block.Kind == BlockKind.ListItem ? "\n" : "\n\n");
            }

            switch (block.Kind)
            {
                case BlockKind.Title:
                    hasTitle = true;
                    WriteHeading(output, 1, text);
                    break;
                case BlockKind.Heading:
                    // Below the title when there is one, so the title stays the only level-1 heading.
                    WriteHeading(output, Math.Clamp((block.Level ?? 1) + (hasTitle ? 1 : 0), 1, 6), text);
                    break;
                case BlockKind.ListItem:
                    output.Append(' ', 2 * Math.Max(0, (block.Level ?? 1) - 1)).Append("- ");
                    MarkdownEscaper.AppendInline(output, text);
                    break;
                case BlockKind.Quote:
                    WriteQuote(output, text);
                    break;
                case BlockKind.Caption:
                    output.Append('*');
                    MarkdownEscaper.AppendInline(output, text.Trim());
                    output.Append('*');
                    break;
                case BlockKind.Table:
                    MarkdownTableWriter.Write(output, text);
                    break;
                case BlockKind.Code:
                    WriteCode(output, text);
                    break;
                default:
                    MarkdownEscaper.AppendInline(output, text);
                    break;
            }

            previous = block.Kind;
        }

        if (output.Length > 0)
        {
            output.Append('\n');
        }
    }

    private static void WriteHeading(StringBuilder output, int level, ReadOnlySpan<char> text)
    {
        output.Append('#', level).Append(' ');
        MarkdownEscaper.AppendInline(output, text);
    }

    private static void WriteQuote(StringBuilder output, ReadOnlySpan<char> text)
    {
        output.Append("> ");
        MarkdownEscaper.AppendInline(output, text);
    }

    private static void WriteCode(StringBuilder output, ReadOnlySpan<char> text)
    {
        // A fence longer than any run of backticks in the code cannot be closed by the code itself.
        var fence = Math.Max(3, LongestRun(text, '`') + 1);
        output.Append('`', fence).Append('\n');
        output.Append(text.TrimEnd('\n'));
        output.Append('\n').Append('`', fence);
    }

    private static int LongestRun(ReadOnlySpan<char> text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
