using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Readers.Pdf.Tests.Reading;

public sealed class PdfReaderRegistrationTests
{
    private sealed class TestBuilder : IIngestBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();
    }

    [Fact]
    public void AddPdfReader_registers_the_reader_once_with_configured_options()
    {
        var builder = new TestBuilder();

        builder.AddPdfReader(o => o.Password = "secret").AddPdfReader();
        using var provider = builder.Services.BuildServiceProvider();

        var registrations = provider.GetServices<ReaderRegistration>().Where(r => r.ReaderType == typeof(PdfReader)).ToList();
        Assert.Single(registrations);
        var reader = Assert.IsType<PdfReader>(registrations[0].Factory(provider));
        Assert.Equal("pdf", reader.Name);
        Assert.Equal(MediaTypes.Pdf, reader.Formats[0].MediaType);
        Assert.Equal("secret", provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PdfReaderOptions>>().Value.Password);
    }
}
