using Ingest.Testing;

namespace Ingest.Sources.Http.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_recorded_surface()
    {
        var problem = PublicApiRenderer.Verify(typeof(HttpIngestBuilderExtensions).Assembly, "Ingest.Sources.Http.Tests");

        Assert.True(problem is null, problem);
    }
}
