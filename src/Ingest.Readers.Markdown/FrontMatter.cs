using System.Globalization;

namespace Ingest.Readers.Markdown;

/// <summary>
/// Reads the simple YAML of a front-matter block (<c>key: value</c> lines, quoted values, <c>- item</c> lists and
/// <c>[a, b]</c> flow lists) into the metadata: title, author(s), date, lang, description; other keys go to
/// <see cref="DocumentMetadata.Extra"/> as <c>frontmatter.KEY</c>. Nested mappings are not interpreted.
/// </summary>
internal static class FrontMatter
{
    public static void Apply(IEnumerable<string> lines, DocumentMetadata metadata)
    {
        string? key = null;
        var values = new List<string>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.TrimStart().StartsWith('#') || line is "---" or "...")
            {
                continue;
            }

            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) && key is not null)
            {
                values.Add(Unquote(trimmed[2..]));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            Put(key, values, metadata);
            key = line[..colon].Trim().ToLowerInvariant();
            values = ListOf(line[(colon + 1)..].Trim());
        }

        Put(key, values, metadata);
    }

    private static List<string> ListOf(string value)
    {
        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            return value[1..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Unquote).ToList();
        }

        return value.Length == 0 ? [] : [Unquote(value)];
    }

    private static void Put(string? key, List<string> values, DocumentMetadata metadata)
    {
        if (key is null || values.Count == 0)
        {
            return;
        }

        var first = values[0];
        switch (key)
        {
            case "title":
                metadata.Title = first;
                break;
            case "author" or "authors" or "creator":
                foreach (var author in values)
                {
                    metadata.Authors.Add(author);
                }

                break;
            case "date" or "published" or "pubdate" when ParseDate(first) is { } date:
                metadata.Published = date;
                break;
            case "modified" or "updated" or "lastmod" when ParseDate(first) is { } date:
                metadata.Modified = date;
                break;
            case "lang" or "language":
                metadata.Language = first;
                break;
            case "description" or "summary":
                metadata.Description = first;
                break;
            default:
                metadata.Extra["frontmatter." + key] = string.Join(", ", values);
                break;
        }
    }

    private static DateOnly? ParseDate(string value)
    {
        var head = value.Length >= 10 ? value[..10] : value;
        return DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string Unquote(string value)
    {
        value = value.Trim();
        return value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
    }
}
