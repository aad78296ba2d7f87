using System.Text;

namespace Ingest.Store.Sqlite;

/// <summary>
/// The indexed terms of a name entity: its key, and every run of whole words of its written and canonical forms, case
/// folded with single spaces. A name filter is then one lookup in an index (<c>name_terms</c>) instead of a LIKE over
/// every name in the store; "holds it as a whole word" (<c>Aliyev</c> finds <c>Ilham Aliyev</c>) is a run of one word.
/// </summary>
internal static class NameTerms
{
    // Runs of words are bounded so a pathological "name" of hundreds of words costs a bounded number of rows.
    private const int MaxWordsPerTerm = 8;

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '\u00A0'];

    /// <summary>The folded form a filter is looked up by: lower case (invariant), words joined by one space.</summary>
    public static string Fold(string name) => string.Join(' ', Words(name));

    /// <summary>Adds the terms of one name to <paramref name="terms"/>.</summary>
    public static void Add(HashSet<string> terms, string? text, string? value, string? key)
    {
        if (!string.IsNullOrWhiteSpace(key))
        {
            terms.Add(Fold(key));
        }

        AddRuns(terms, text);
        if (!string.Equals(value, text, StringComparison.Ordinal))
        {
            AddRuns(terms, value);
        }
    }

    private static void AddRuns(HashSet<string> terms, string? form)
    {
        if (string.IsNullOrWhiteSpace(form))
        {
            return;
        }

        var words = Words(form);
        terms.Add(string.Join(' ', words));
        var run = new StringBuilder(form.Length);
        for (var first = 0; first < words.Length; first++)
        {
            run.Clear();
            for (var last = first; last < words.Length && last - first < MaxWordsPerTerm; last++)
            {
                run.Append(last == first ? string.Empty : " ").Append(words[last]);
                terms.Add(run.ToString());
            }
        }
    }

    private static string[] Words(string form) => form.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
