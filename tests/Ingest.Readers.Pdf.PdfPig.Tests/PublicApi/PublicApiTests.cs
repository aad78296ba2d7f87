using System.Reflection;
using Ingest.Testing;

namespace Ingest.Readers.Pdf.PdfPig.Tests.PublicApi;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_API_matches_the_recorded_surface()
    {
        var problem = PublicApiRenderer.Verify(Assembly.Load("Ingest.Readers.Pdf.PdfPig"), "Ingest.Readers.Pdf.PdfPig.Tests");

        Assert.True(problem is null, problem);
    }
}
