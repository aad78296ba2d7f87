using System.Text;

namespace Ingest.Readers.Office.Spreadsheet;

/// <summary>
/// Translates an Excel number format code (ECMA-376 Part 1, 18.8.31) into a .NET custom format string: date and time
/// codes token by token (<c>m</c> is minutes after an hour or before seconds, else the month), number codes section by
/// section with colours and conditions dropped, currency tags as their symbol, padding (<c>_x</c>) as a space and fill
/// (<c>*x</c>) removed, fractions marked with <see cref="Fraction"/> for <see cref="FractionFormat"/>. Text (<c>@</c>) and
/// General give null: the stored value is shown.
/// </summary>
internal static class NumberFormatCode
{
    /// <summary>The marker of an elapsed-hours format (<c>[h]:mm:ss</c>): the hours are the total, not the hour of the day.</summary>
    public const string ElapsedHours = "[h]";

    /// <summary>The marker of a fraction format, followed by the unquoted first section for <see cref="FractionFormat.Parse"/>.</summary>
    public const string Fraction = "[fraction]";

    public static (string Format, bool IsDate)? Translate(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var sections = Sections(code);
        if (sections.Exists(s => Unquoted(s).Contains('@')))
        {
            return null;
        }

        if (IsDate(Unquoted(sections[0])))
        {
            return (TranslateDate(sections[0]), true);
        }

        if (sections.Exists(s => Unquoted(s).IndexOfAny(['?', '/']) >= 0))
        {
            // A fraction: the first section decides, the sign is written as a minus (other sections are rare).
            var first = Unquoted(sections[0]);
            return FractionFormat.Parse(first) is null ? null : (Fraction + first, false);
        }

        return (string.Join(';', sections.Take(3).Select(TranslateNumber)), false);
    }

    /// <summary>The code's sections, split on semicolons outside quotes and escapes.</summary>
    private static List<string> Sections(string code)
    {
        var sections = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && code[i] == '\\')
            {
                i++;
            }
            else if (!quoted && code[i] == ';')
            {
                sections.Add(code[start..i]);
                start = i + 1;
            }
        }

        sections.Add(code[start..]);
        return sections;
    }

    /// <summary>The code without quoted text, escaped characters and bracketed tags other than elapsed time.</summary>
    private static string Unquoted(string section)
    {
        var text = new StringBuilder(section.Length);
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var end = section.IndexOf('"', i + 1);
                i = end < 0 ? section.Length : end;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c == '[')
            {
                var end = section.IndexOf(']', i);
                var tag = end < 0 ? string.Empty : section[(i + 1)..end];
                if (tag.Length > 0 && tag.All(t => t is 'h' or 'H' or 'm' or 'M' or 's' or 'S'))
                {
                    text.Append(tag);
                }

                i = end < 0 ? section.Length : end;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static bool IsDate(string unquoted)
        => unquoted.Replace("AM/PM", string.Empty, StringComparison.OrdinalIgnoreCase).Any(c => char.ToLowerInvariant(c) is 'y' or 'm' or 'd' or 'h' or 's');

    private static string TranslateDate(string section)
    {
        var tokens = DateTokens.Read(section);
        var twelveHour = tokens.Exists(t => t.Kind == 'a');
        var output = new StringBuilder();
        if (tokens.Count > 0 && tokens[0].Kind == 'H')
        {
            output.Append(ElapsedHours);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var (kind, length, literal) = tokens[i];
            output.Append(kind switch
            {
                'y' => length <= 2 ? "yy" : "yyyy",
                'd' => new string('d', Math.Min(length, 4)),
                'h' => twelveHour ? new string('h', Math.Min(length, 2)) : new string('H', Math.Min(length, 2)),
                's' => new string('s', Math.Min(length, 2)),
                'm' when DateTokens.IsMinute(tokens, i) => new string('m', Math.Min(length, 2)),
                'm' => new string('M', Math.Min(length, 4)),
                'f' => new string('f', Math.Min(length, 7)),
                'a' => "tt",
                'H' => string.Empty,
                _ => literal,
            });
        }

        return output.ToString();
    }

    private static string TranslateNumber(string section)
    {
        var output = new StringBuilder(section.Length);
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case '"':
                    var end = section.IndexOf('"', i + 1);
                    end = end < 0 ? section.Length : end;
                    output.Append('\'').Append(section[(i + 1)..end].Replace("'", "\\'", StringComparison.Ordinal)).Append('\'');
                    i = end;
                    break;
                case '\\' when i + 1 < section.Length:
                    output.Append('\\').Append(section[++i]);
                    break;
                case '_':
                    output.Append(' ');
                    i++;
                    break;
                case '*':
                    i++;
                    break;
                case '[':
                    var close = section.IndexOf(']', i);
                    close = close < 0 ? section.Length - 1 : close;
                    var tag = section[(i + 1)..close];
                    if (tag.StartsWith('$'))
                    {
                        // A currency tag: [$€-407] shows the symbol.
                        var dash = tag.IndexOf('-');
                        output.Append('\'').Append(dash < 0 ? tag[1..] : tag[1..dash]).Append('\'');
                    }

                    i = close;
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }
}
