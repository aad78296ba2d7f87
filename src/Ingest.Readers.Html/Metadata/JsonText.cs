using System.Text;

namespace Ingest.Readers.Html.Metadata;

/// <summary>Repairs of the JSON that pages print into their JSON-LD scripts.</summary>
internal static class JsonText
{
    /// <summary>
    /// The top-level values of a script's text: usually one, but some pages print several objects one after another
    /// (<c>{...}{...}</c> or one per line), which is no single JSON value, and some put a statement around the value
    /// (<c>window.ld = {...}</c>). One linear pass that counts brackets outside strings; text without a whole value comes
    /// back whole, for the parser to judge. At most <paramref name="max"/> values are taken; the scan stops there.
    /// </summary>
    public static List<string> TopLevelValues(string json, int max)
    {
        var values = new List<string>();
        if (max <= 0)
        {
            return values;
        }

        var (depth, start, inString, escaped) = (0, -1, false, false);
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                (escaped, inString) = escaped ? (false, true) : (c == '\\', c != '"');
                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    start = depth++ == 0 ? i : start;
                    break;
                case '}' or ']' when depth > 0:
                    if (--depth == 0)
                    {
                        values.Add(json[start..(i + 1)]);
                        if (values.Count == max)
                        {
                            return values;
                        }
                    }

                    break;
            }
        }

        return values.Count > 0 ? values : [json];
    }

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
