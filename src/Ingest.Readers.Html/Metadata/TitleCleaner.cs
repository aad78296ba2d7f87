namespace Ingest.Readers.Html.Metadata;

/// <summary>Removes the site name that pages append or prepend to their title (<c>Story – Site</c>, <c>Site | Story</c>).</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " – ", " — ", " - ", " :: ", " » ", " / ", " · ", " • ", "_"];

    /// <summary>Returns the title without the site name, using <paramref name="siteName"/> and the page's main heading as hints.</summary>
    public static string Clean(string title, string? siteName, string? heading)
    {
        var trimmed = Collapse(title);
        if (heading is not null)
        {
            var h = Collapse(heading);
            if (h.Length >= 10 && h.Length < trimmed.Length && trimmed.Contains(h, StringComparison.OrdinalIgnoreCase))
            {
                return h;
            }
        }

        foreach (var separator in Separators)
        {
            var at = trimmed.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var before = trimmed[..at].Trim();
            var after = trimmed[(at + separator.Length)..].Trim();
            if (siteName is not null)
            {
                if (after.Equals(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(after, StringComparison.OrdinalIgnoreCase))
                {
                    return before;
                }

                var first = trimmed.IndexOf(separator, StringComparison.Ordinal);
                var head = trimmed[..first].Trim();
                if (head.Equals(siteName, StringComparison.OrdinalIgnoreCase))
                {
                    return trimmed[(first + separator.Length)..].Trim();
                }
            }
        }

        return trimmed;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
