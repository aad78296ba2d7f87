namespace Ingest.Normalizers.Names;

/// <summary>
/// Compares (kind, key) pairs of the linker's dictionaries ordinally. The default tuple comparer hashes each part
/// through a comparer of its own and combines them; this hashes the key with <see cref="NameKeyHash"/> (seeded per
/// process like the string's randomized hash, and a few multiplies for a short key where that takes a step per two
/// characters) and folds the kind in, the same equality at a fraction of the cost.
/// </summary>
internal sealed class KindKeyComparer : IEqualityComparer<(NameKind Kind, string Key)>
{
    /// <summary>The one instance.</summary>
    public static readonly KindKeyComparer Instance = new();

    private KindKeyComparer()
    {
    }

    /// <inheritdoc />
    public bool Equals((NameKind Kind, string Key) x, (NameKind Kind, string Key) y) => x.Kind == y.Kind && string.Equals(x.Key, y.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public int GetHashCode((NameKind Kind, string Key) obj) => (int)NameKeyHash.Of(obj.Key) ^ ((int)obj.Kind * 0x3C6EF372);
}
