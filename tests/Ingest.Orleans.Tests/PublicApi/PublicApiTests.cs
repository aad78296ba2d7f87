using Ingest.Testing;

namespace Ingest.Orleans.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_recorded_surface()
    {
        var problem = PublicApiRenderer.Verify(typeof(IngestSiloBuilderExtensions).Assembly, "Ingest.Orleans.Tests");

        Assert.True(problem is null, problem);
    }
}
