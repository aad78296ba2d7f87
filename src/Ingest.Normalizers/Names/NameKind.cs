namespace Ingest.Normalizers.Names;

/// <summary>What a name names.</summary>
public enum NameKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>A place: a country, region, city, sea, river or other location.</summary>
    Place,

    /// <summary>An organisation: a party, alliance, agency, company, outlet, or a building that stands for a government (the Kremlin).</summary>
    Organization,
}
