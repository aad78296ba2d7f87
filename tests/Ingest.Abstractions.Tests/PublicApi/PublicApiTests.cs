using Ingest.Testing;

namespace Ingest.Abstractions.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_recorded_surface()
    {
        var problem = PublicApiRenderer.Verify(typeof(IIngestPlugin).Assembly, "Ingest.Abstractions.Tests");

        Assert.True(problem is null, problem);
    }
}
