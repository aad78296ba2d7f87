namespace Ingest.Normalizers.Names;

/// <summary>
/// Compares (cluster, surface form) pairs of the linker's form index ordinally: the form's <see cref="NameKeyHash"/>
/// (seeded per process, cheaper than the string's own hash) with the cluster number folded in, without the default
/// tuple comparer's per-part comparers and combining.
/// </summary>
internal sealed class FormKeyComparer : IEqualityComparer<(int Cluster, string Surface)>
{
    /// <summary>The one instance.</summary>
    public static readonly FormKeyComparer Instance = new();

    private FormKeyComparer()
    {
    }

    /// <inheritdoc />
    public bool Equals((int Cluster, string Surface) x, (int Cluster, string Surface) y) => x.Cluster == y.Cluster && string.Equals(x.Surface, y.Surface, StringComparison.Ordinal);

    /// <inheritdoc />
    public int GetHashCode((int Cluster, string Surface) obj) => (int)NameKeyHash.Of(obj.Surface) ^ (obj.Cluster * -1640531535);
}
