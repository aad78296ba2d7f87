using Ingest.Readers.Pdf.GlyphSources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Readers.Pdf.PdfPig.Tests;

public sealed class PdfPigRegistrationTests
{
    [Theory]
    [InlineData(PdfPigMode.Fallback, "Fallback")]
    [InlineData(PdfPigMode.Engine, "Engine")]
    public void AddPdfPigReader_registers_the_pdf_reader_with_PdfPig_as_its_glyph_source(PdfPigMode mode, string expected)
    {
        var services = new ServiceCollection();
        services.AddIngest(builder => builder.AddPdfPigReader(mode, options => options.MaxPages = 7));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PdfReaderOptions>>().Value;

        var source = Assert.IsType<PdfPigGlyphSource>(options.GlyphSource);
        Assert.Same(options, source.Limits);
        Assert.Equal(Enum.Parse<PdfGlyphSourceMode>(expected), options.GlyphSourceMode);
        Assert.Equal(7, options.MaxPages);
    }

    [Fact]
    public void An_unknown_mode_is_refused_at_registration()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddIngest(builder => builder.AddPdfPigReader((PdfPigMode)42)));
    }
}
