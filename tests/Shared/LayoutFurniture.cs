using System.Text.RegularExpressions;

namespace Ingest.Testing;

/// <summary>
/// The running header, footer and page numbers that tests/Fixtures/pdf/layout/make-layouts.sh draws on its
/// running-headers layout ('Quarterly Review of Regional Affairs', 'Confidential draft circulated for comment',
/// 'Page n of m'): none of it may reach the body text. None of these words occurs in the fixture texts.
/// </summary>
internal static partial class LayoutFurniture
{
    /// <summary>Words of the header and footer.</summary>
    public static IReadOnlyList<string> Words { get; } = ["Quarterly", "Regional", "Confidential", "circulated"];

    /// <summary>The page-number footer, <c>Page n of m</c>.</summary>
    [GeneratedRegex(@"Page \d+ of \d+")]
    public static partial Regex PageNumber();

    /// <summary>Lines of <paramref name="text"/> holding a header or footer word or a page number.</summary>
    /// <param name="text">Extracted text.</param>
    public static int LeakedLines(string text)
        => text.Split('\n').Count(line => Words.Any(word => line.Contains(word, StringComparison.Ordinal)) || PageNumber().IsMatch(line));
}
