using System.Text;
using Ingest.Rendering;

namespace Ingest;

/// <summary>Renders a <see cref="Document"/> from its blocks as CommonMark or as plain text.</summary>
public static class DocumentRenderingExtensions
{
    /// <summary>
    /// Renders the document as CommonMark with GitHub pipe tables: the title and headings as ATX headings (the title at
    /// level 1, headings one level below their own level), paragraphs, list items, block quotes, tables as pipe tables,
    /// captions in emphasis and code as fenced blocks. Boilerplate and running page headers and footers are left out.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The Markdown text, ending with a line feed when not empty.</returns>
    public static string ToMarkdown(this Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var output = new StringBuilder(document.Text.Length + (document.Text.Length / 8));
        MarkdownRenderer.Render(document, output);
        return output.ToString();
    }

    /// <summary>
    /// Renders the body text of the document: every block but boilerplate and running page headers and footers, one
    /// block a paragraph, separated by blank lines.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>The text, ending with a line feed when not empty.</returns>
    public static string ToPlainText(this Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var output = new StringBuilder(document.Text.Length + 16);
        foreach (var block in document.Blocks)
        {
            if (MarkdownRenderer.IsBody(block.Kind))
            {
                output.Append(document.Text, block.Start, block.Length).Append("\n\n");
            }
        }

        if (output.Length > 0)
        {
            output.Length--;
        }

        return output.ToString();
    }
}
