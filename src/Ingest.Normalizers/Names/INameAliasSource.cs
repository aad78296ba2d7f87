namespace Ingest.Normalizers.Names;

/// <summary>
/// Supplies aliases to the name normalizer: names that no spelling rule can link (Shushi and Shusha, Kiev and Kyiv).
/// Register implementations in the service collection; every registered source is read once when the normalizer is created.
/// </summary>
public interface INameAliasSource
{
    /// <summary>Returns the aliases as pairs of a variant and the canonical name it stands for.</summary>
    IEnumerable<KeyValuePair<string, string>> GetAliases();
}
