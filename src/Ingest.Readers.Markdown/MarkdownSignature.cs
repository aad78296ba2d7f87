using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Readers.Markdown;

/// <summary>
/// Recognises Markdown (CommonMark, GFM) in unlabelled text by constructs plain text does not use: YAML front matter
/// opening the text, a fenced code block, a pipe-table delimiter row, or ATX headings (<c># Title</c>) either more
/// than one or with an inline link (<c>[text](url)</c>).
/// </summary>
internal static partial class MarkdownSignature
{
    private const int SampleLength = 8192;

    public static bool Matches(ReadOnlySpan<byte> head)
    {
        var text = Encoding.UTF8.GetString(head[..Math.Min(head.Length, SampleLength)]).TrimStart('\uFEFF');
        if (FrontMatter().IsMatch(text) || Fence().IsMatch(text) || TableDelimiterRow().IsMatch(text))
        {
            return true;
        }

        var headings = AtxHeading().Count(text);
        return headings >= 2 || (headings == 1 && InlineLink().IsMatch(text));
    }

    [GeneratedRegex(@"\A---[ \t]*\r?\n(?:.*\r?\n){0,50}?(?:---|\.\.\.)[ \t]*\r?\n", RegexOptions.None, 100)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^ {0,3}(?:```|~~~)[^`\r\n]*\r?\n", RegexOptions.Multiline, 100)]
    private static partial Regex Fence();

    [GeneratedRegex(@"^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\r?$", RegexOptions.Multiline, 100)]
    private static partial Regex TableDelimiterRow();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+\S", RegexOptions.Multiline, 100)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\[[^\]\r\n]+\]\([^)\s]+\)", RegexOptions.None, 100)]
    private static partial Regex InlineLink();
}
