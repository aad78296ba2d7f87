using Ingest.Testing;

namespace Ingest.Store.Postgres.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_recorded_surface()
    {
        var problem = PublicApiRenderer.Verify(typeof(PostgresDocumentStore).Assembly, "Ingest.Store.Postgres.Tests");

        Assert.True(problem is null, problem);
    }
}
