namespace Ingest.Normalizers.Names;

/// <summary>The mentions of one document that name the same entity, with what they share.</summary>
internal sealed class NameCluster
{
    /// <summary>The index of the cluster's first mention, which names it in the linker's form index.</summary>
    public int FirstMember { get; init; }

    /// <summary>The distinct surface forms, in order of first appearance.</summary>
    public List<string> Forms { get; } = new();

    /// <summary>For each distinct surface form, the index of its first mention (held here, not in a dictionary keyed by cluster).</summary>
    public List<int> FirstMentions { get; } = new();

    /// <summary>For each distinct surface form, how many mentions use it.</summary>
    public List<int> Frequencies { get; } = new();

    /// <summary>The canonical form.</summary>
    public string Canonical { get; set; } = string.Empty;

    /// <summary>The entity key every mention gets (<c>person/ilham-aliev</c>).</summary>
    public string EntityKey { get; set; } = string.Empty;

    /// <summary>The JSON texts of the entity, encoded once for all its mentions.</summary>
    public NameJsonCache Json { get; } = new();
}
