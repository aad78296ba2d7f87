using System.Text;

namespace Ingest.Store.Sqlite;

/// <summary>
/// Turns a name a person typed into an FTS5 phrase over <c>names_fts</c>: its words in order, as whole tokens (case
/// ignored), inside one name form (the separator token between forms is never part of the phrase).
/// </summary>
internal static class NameQuery
{
    /// <summary>The phrase, or <see langword="null"/> when the name has no letter or digit (it then matches nothing).</summary>
    public static string? Phrase(string name)
    {
        var phrase = new StringBuilder(name.Length + 2).Append('"');
        var hasWord = false;
        foreach (var c in name)
        {
            if (c == '"' || c == StoreSchema.NameSeparator)
            {
                phrase.Append(' ');
                continue;
            }

            hasWord |= char.IsLetterOrDigit(c);
            phrase.Append(c);
        }

        return hasWord ? phrase.Append('"').ToString() : null;
    }
}
