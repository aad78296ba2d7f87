using System.Text;

namespace Ingest.Readers.Html.Metadata;

/// <summary>Repairs of the JSON that pages print into their JSON-LD scripts.</summary>
internal static class JsonText
{
    /// <summary>
    /// The JSON with each control character inside a string literal made a space: a raw line break or tab in a string
    /// is invalid JSON but common in JSON-LD that templates fill in. One pass, so any length costs linear time.
    /// </summary>
    public static string BlankControlCharactersInStrings(string json)
    {
        var builder = new StringBuilder(json.Length);
        var inString = false;
        var escaped = false;
        foreach (var c in json)
        {
            if (inString && c < ' ')
            {
                builder.Append(' ');
                escaped = false;
                continue;
            }

            builder.Append(c);
            if (escaped)
            {
                escaped = false;
            }
            else if (inString && c == '\\')
            {
                escaped = true;
            }
            else if (c == '"')
            {
                inString = !inString;
            }
        }

        return builder.ToString();
    }
}
