using Ingest.Testing;

namespace Ingest.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_recorded_surface()
    {
        var problem = PublicApiRenderer.Verify(typeof(Microsoft.Extensions.DependencyInjection.IngestServiceCollectionExtensions).Assembly, "Ingest.Tests");

        Assert.True(problem is null, problem);
    }
}
