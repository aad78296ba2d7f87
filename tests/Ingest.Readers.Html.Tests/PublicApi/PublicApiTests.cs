using System.Reflection;
using Ingest.Testing;

namespace Ingest.Readers.Html.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_recorded_surface()
    {
        var problem = PublicApiRenderer.Verify(Assembly.Load("Ingest.Readers.Html"), "Ingest.Readers.Html.Tests");

        Assert.True(problem is null, problem);
    }
}
