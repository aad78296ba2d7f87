using System.Text.Json;

namespace Ingest.Readers.Html.Metadata;

/// <summary>
/// Reads Parse.ly's older page metadata: one <c>&lt;meta name="parsely-page"&gt;</c> whose content is a JSON object
/// with <c>author</c> (or <c>authors</c>) and <c>pub_date</c>, as many news sites still print it.
/// </summary>
internal static class ParselyPage
{
    // The object holds a title, a link, a date, a few authors and tags: a few kilobytes at most.
    private const int MaxLength = 16_384;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 8, AllowTrailingCommas = true };

    /// <summary>The authors and the publication date the content states; none when it is absent or not such JSON.</summary>
    public static (List<string> Authors, string? Published) Read(string? content)
    {
        var authors = new List<string>();
        if (content is null || content.Length > MaxLength || !content.TrimStart().StartsWith('{'))
        {
            return (authors, null);
        }

        try
        {
            using var json = JsonDocument.Parse(content, Options);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (authors, null);
            }

            AddStrings(root, "author", authors);
            AddStrings(root, "authors", authors);
            return (authors, root.TryGetProperty("pub_date", out var date) && date.ValueKind == JsonValueKind.String ? date.GetString() : null);
        }
        catch (JsonException)
        {
            return (authors, null);
        }
    }

    private static void AddStrings(JsonElement root, string property, List<string> into)
    {
        if (!root.TryGetProperty(property, out var value))
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } one)
        {
            into.Add(one);
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } name && !into.Contains(name))
                {
                    into.Add(name);
                }
            }
        }
    }
}
