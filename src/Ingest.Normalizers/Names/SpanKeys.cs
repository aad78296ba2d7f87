using System.Collections.Concurrent;

namespace Ingest.Normalizers.Names;

/// <summary>
/// Look-ups by a span of text in string-keyed sets and dictionaries. On .NET 9 and later they go through the
/// collections' alternate look-ups, so a probe makes no string; on .NET 8, which has none, each probe makes one.
/// </summary>
internal static class SpanKeys
{
    public static bool Contains(HashSet<string> set, ReadOnlySpan<char> key)
#if NET9_0_OR_GREATER
        => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);
#else
        => set.Contains(key.ToString());
#endif

    public static bool TryGetValue<TValue>(ConcurrentDictionary<string, TValue> map, ReadOnlySpan<char> key, out TValue value)
#if NET9_0_OR_GREATER
        => map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
#else
        => map.TryGetValue(key.ToString(), out value!);
#endif

    /// <summary>Sets the value under <paramref name="key"/>, making its string only when the key is new.</summary>
    public static void Set<TValue>(Dictionary<string, TValue> map, ReadOnlySpan<char> key, TValue value)
#if NET9_0_OR_GREATER
        => map.GetAlternateLookup<ReadOnlySpan<char>>()[key] = value;
#else
        => map[key.ToString()] = value;
#endif

    public static bool TryGetValue<TValue>(Dictionary<string, TValue> map, ReadOnlySpan<char> key, out TValue value)
#if NET9_0_OR_GREATER
        => map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
#else
        => map.TryGetValue(key.ToString(), out value!);
#endif

    public static TValue Get<TValue>(Dictionary<string, TValue> map, ReadOnlySpan<char> key)
#if NET9_0_OR_GREATER
        => map.GetAlternateLookup<ReadOnlySpan<char>>()[key];
#else
        => map[key.ToString()];
#endif

    /// <summary>The value under <paramref name="key"/>, added by <paramref name="create"/> (with a string made once) when missing.</summary>
    public static TValue GetOrAdd<TValue>(Dictionary<string, TValue> map, ReadOnlySpan<char> key, Func<TValue> create)
    {
#if NET9_0_OR_GREATER
        var lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key, out var value))
        {
            lookup[key] = value = create();
        }
#else
        var text = key.ToString();
        if (!map.TryGetValue(text, out var value))
        {
            map[text] = value = create();
        }
#endif
        return value;
    }
}
