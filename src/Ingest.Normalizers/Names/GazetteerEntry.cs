namespace Ingest.Normalizers.Names;

/// <summary>A named entity known in advance: its kind (unknown for an alias of nothing known), canonical form and folded key.</summary>
internal sealed class GazetteerEntry
{
    public GazetteerEntry(NameKind? kind, string canonical)
    {
        Kind = kind;
        Canonical = canonical;
        Key = NameKeyFolder.Fold(canonical);
    }

    /// <summary>What it names, or <see langword="null"/> when only an alias says it exists.</summary>
    public NameKind? Kind { get; set; }

    /// <summary>The canonical form.</summary>
    public string Canonical { get; }

    /// <summary>The folded canonical form.</summary>
    public string Key { get; }
}
