using System.Collections.Concurrent;

namespace Ingest.Normalizers.Names;

/// <summary>
/// Remembers, across the documents one normalizer sees, which full name each surname belonged to, so that a document
/// that names someone only by surname gets the key of the full name. Thread-safe: documents are normalized in
/// parallel. A surname seen with two different full names is ambiguous and links to neither.
/// </summary>
internal sealed class NameBatchRegistry
{
    private readonly ConcurrentDictionary<string, RememberedName> _surnames = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private int _count;

    public NameBatchRegistry(int capacity)
    {
        _capacity = capacity;
    }

    /// <summary>Remembers that <paramref name="surname"/> belongs to the person with <paramref name="key"/>.</summary>
    /// <param name="surname">The folded surname.</param>
    /// <param name="key">The folded full name.</param>
    /// <param name="canonical">The canonical form of the full name.</param>
    public void Remember(string surname, string key, string canonical)
    {
        while (true)
        {
            if (_surnames.TryGetValue(surname, out var existing))
            {
                if (existing.Ambiguous || string.Equals(existing.Key, key, StringComparison.Ordinal)
                    || _surnames.TryUpdate(surname, existing with { Ambiguous = true }, existing))
                {
                    return;
                }

                continue;
            }

            // Counted here because ConcurrentDictionary.Count takes every lock of the table.
            if (Volatile.Read(ref _count) >= _capacity)
            {
                return;
            }

            if (_surnames.TryAdd(surname, new RememberedName(key, canonical, false)))
            {
                Interlocked.Increment(ref _count);
                return;
            }
        }
    }

    /// <summary>Finds the one full name remembered for <paramref name="surname"/>.</summary>
    /// <param name="surname">The folded surname.</param>
    /// <param name="key">The folded full name.</param>
    /// <param name="canonical">Its canonical form.</param>
    public bool TryFind(ReadOnlySpan<char> surname, out string key, out string canonical)
    {
        if (SpanKeys.TryGetValue(_surnames, surname, out var remembered) && !remembered.Ambiguous)
        {
            key = remembered.Key;
            canonical = remembered.Canonical;
            return true;
        }

        key = string.Empty;
        canonical = string.Empty;
        return false;
    }
}
