using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Readers.Html.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    [Fact]
    public void AddHtmlReader_registers_the_reader_with_its_configured_options()
    {
        var services = new ServiceCollection();
        var builder = new TestIngestBuilder(services);

        builder.AddHtmlReader(o => o.ExtractMainContent = false);
        using var provider = services.BuildServiceProvider();

        var registration = Assert.Single(provider.GetServices<ReaderRegistration>());
        var reader = Assert.IsType<HtmlReader>(registration.Factory(provider));
        Assert.Equal("html", reader.Name);
        Assert.Equal([DocumentFormat.Html], reader.Formats);
        Assert.False(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<HtmlReaderOptions>>().Value.ExtractMainContent);
    }

    [Fact]
    public async Task The_configured_options_reach_the_reader()
    {
        var services = new ServiceCollection();
        new TestIngestBuilder(services).AddHtmlReader(o => o.IncludeTitle = false);
        using var provider = services.BuildServiceProvider();
        var reader = (HtmlReader)Assert.Single(provider.GetServices<ReaderRegistration>()).Factory(provider);

        var source = new MemorySourceDocument("<html><head><title>T</title></head><body><p>Body text.</p></body></html>"u8.ToArray(), new Uri("https://x.example/"));
        await using var stream = await source.OpenAsync();
        var document = await reader.ReadAsync(stream, new ReadContext(source, MediaTypes.Html));

        Assert.Equal("Body text.", document.Text);
    }

    [Fact]
    public void A_node_budget_below_one_is_refused_when_the_options_are_resolved()
    {
        var services = new ServiceCollection();
        new TestIngestBuilder(services).AddHtmlReader(o => o.MaxNodes = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<HtmlReaderOptions>>().Value);

        Assert.Contains("MaxNodes", error.Message, StringComparison.Ordinal);
    }

    private sealed class TestIngestBuilder(IServiceCollection services) : IIngestBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}
