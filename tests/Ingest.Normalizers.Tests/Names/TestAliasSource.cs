using Ingest.Normalizers.Names;

namespace Ingest.Normalizers.Tests.Names;

/// <summary>A plugin's alias source.</summary>
internal sealed class TestAliasSource : INameAliasSource
{
    public IEnumerable<KeyValuePair<string, string>> GetAliases() => [new("Tsitsernakaberd", "Yerevan")];
}
