namespace Ingest.Orleans;

/// <summary>This silo's name in leases and claims: its address and generation, so a restarted silo is a new owner.</summary>
internal sealed class SiloIdentity(string name)
{
    public string Name { get; } = name;
}
