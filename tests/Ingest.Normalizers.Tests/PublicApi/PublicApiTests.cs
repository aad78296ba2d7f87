using System.Reflection;
using Ingest.Testing;

namespace Ingest.Normalizers.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_recorded_surface()
    {
        var problem = PublicApiRenderer.Verify(Assembly.Load("Ingest.Normalizers"), "Ingest.Normalizers.Tests");

        Assert.True(problem is null, problem);
    }
}
