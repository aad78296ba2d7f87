using System.Text;

namespace Ingest.Readers.Office.Spreadsheet;

/// <summary>
/// The tokens of an Excel date or time format code: runs of one date letter (<c>y m d h s</c>), fractions of a second
/// (<c>0</c> after <c>s.</c>), <c>AM/PM</c> (<c>a</c>), elapsed hours (<c>H</c> for <c>[h]</c>) and literal text (kind
/// <c>'</c>, already escaped for .NET).
/// </summary>
internal static class DateTokens
{
    public static List<(char Kind, int Length, string Literal)> Read(string section)
    {
        var tokens = new List<(char, int, string)>();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            var lower = char.ToLowerInvariant(c);
            if (lower is 'y' or 'm' or 'd' or 'h' or 's')
            {
                var length = 1;
                while (i + length < section.Length && char.ToLowerInvariant(section[i + length]) == lower)
                {
                    length++;
                }

                tokens.Add((lower, length, string.Empty));
                i += length - 1;
            }
            else if (section.AsSpan(i).StartsWith("AM/PM", StringComparison.OrdinalIgnoreCase) || section.AsSpan(i).StartsWith("A/P", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(('a', 1, string.Empty));
                i += section.AsSpan(i).StartsWith("A/P", StringComparison.OrdinalIgnoreCase) ? 2 : 4;
            }
            else if (c == '0' && tokens.Count > 0 && tokens[^1] is ('\'', _, ".") or ('f', _, _))
            {
                tokens.Add(('f', 1, string.Empty));
            }
            else if (c == '[')
            {
                var end = section.IndexOf(']', i);
                end = end < 0 ? section.Length - 1 : end;
                if (section[(i + 1)..end].Equals("h", StringComparison.OrdinalIgnoreCase) && tokens.Count == 0)
                {
                    tokens.Add(('H', 1, string.Empty));
                }

                i = end;
            }
            else if (c == '"')
            {
                var end = section.IndexOf('"', i + 1);
                end = end < 0 ? section.Length : end;
                tokens.Add(('\'', 0, "'" + section[(i + 1)..end].Replace("'", "\\'", StringComparison.Ordinal) + "'"));
                i = end;
            }
            else if (c is '\\' or '_' or '*')
            {
                if (c == '\\' && i + 1 < section.Length)
                {
                    tokens.Add(('\'', 0, "\\" + section[i + 1]));
                }
                else if (c == '_')
                {
                    tokens.Add(('\'', 0, " "));
                }

                i++;
            }
            else
            {
                tokens.Add(('\'', 0, char.IsLetterOrDigit(c) || c == '%' ? "\\" + c : c.ToString()));
            }
        }

        return Merge(tokens);
    }

    /// <summary>Whether the <c>m</c> at <paramref name="index"/> means minutes: right after an hour or right before seconds.</summary>
    public static bool IsMinute(List<(char Kind, int Length, string Literal)> tokens, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (tokens[i].Kind != '\'')
            {
                if (tokens[i].Kind is 'h' or 'H')
                {
                    return true;
                }

                break;
            }
        }

        for (var i = index + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != '\'')
            {
                return tokens[i].Kind == 's';
            }
        }

        return false;
    }

    // A literal "." is kept as its own token so that fractions of a second after it are recognised.
    private static List<(char, int, string)> Merge(List<(char Kind, int Length, string Literal)> tokens)
    {
        var merged = new List<(char, int, string)>(tokens.Count);
        var literal = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind == '\'' && token.Literal != ".")
            {
                literal.Append(token.Literal);
                continue;
            }

            if (literal.Length > 0)
            {
                merged.Add(('\'', 0, literal.ToString()));
                literal.Clear();
            }

            merged.Add(token);
        }

        if (literal.Length > 0)
        {
            merged.Add(('\'', 0, literal.ToString()));
        }

        return merged;
    }
}
