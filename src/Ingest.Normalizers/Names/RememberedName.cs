namespace Ingest.Normalizers.Names;

/// <summary>The full name remembered for a surname, or that the surname is ambiguous.</summary>
/// <param name="Key">The folded full name.</param>
/// <param name="Canonical">Its canonical form.</param>
/// <param name="Ambiguous">Whether several full names carry the surname.</param>
internal sealed record RememberedName(string Key, string Canonical, bool Ambiguous);
