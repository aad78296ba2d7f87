using Ingest.Normalizers.Names;
using Xunit.Abstractions;

namespace Ingest.Normalizers.Tests.Names;

public sealed class NameDumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var document in NameTestDocuments.NormalizedFixtures())
        {
            output.WriteLine("=== " + document.Source);
            foreach (var name in document.Names())
            {
                output.WriteLine($"{name.Kind,-12} {name.Text,-35} {name.Canonical,-30} {name.Key}");
            }
        }
    }
}
