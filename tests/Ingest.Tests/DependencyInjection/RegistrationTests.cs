using System.Text;
using Ingest.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ingest.Tests.DependencyInjection;

public sealed class RegistrationTests
{
    private static int Readers(IServiceCollection services) => services.Count(d => d.ServiceType == typeof(ReaderRegistration));

    [Fact]
    public void Registering_a_reader_type_twice_registers_it_once()
    {
        var services = new ServiceCollection();

        services.AddIngest(b => b.AddTextReader().AddTextReader().AddReader<UpperReader>().AddReader<UpperReader>(priority: 5));

        Assert.Equal(2, Readers(services));
    }

    [Fact]
    public void Registering_the_same_reader_instance_twice_registers_it_once_but_two_instances_twice()
    {
        var services = new ServiceCollection();
        var reader = new EchoReader();

        services.AddIngest(b => b.AddReader(reader).AddReader(reader).AddReader(new EchoReader("other")));

        Assert.Equal(2, Readers(services));
    }

    [Theory]
    [InlineData(0, "MaxDegreeOfParallelism")]
    [InlineData(-3, "MaxDegreeOfParallelism")]
    public void Parallelism_out_of_range_fails_at_start_up_with_the_option_named(int parallelism, string named)
        => AssertInvalid(o => o.MaxDegreeOfParallelism = parallelism, named);

    [Fact]
    public void Parallelism_over_64_per_processor_fails_at_start_up()
        => AssertInvalid(o => o.MaxDegreeOfParallelism = IngestOptions.MaxParallelism + 1, "64 per processor");

    [Fact]
    public void A_timeout_of_sixty_days_fails_at_start_up_instead_of_ending_the_batch()
        => AssertInvalid(o => o.DocumentTimeout = TimeSpan.FromDays(60), "DocumentTimeout");

    [Fact]
    public void A_zero_timeout_fails_at_start_up()
        => AssertInvalid(o => o.DocumentTimeout = TimeSpan.Zero, "DocumentTimeout");

    [Fact]
    public void A_circuit_failure_ratio_of_two_fails_at_start_up()
        => AssertInvalid(o => o.SourceResilience.CircuitFailureRatio = 2, "CircuitFailureRatio");

    [Fact]
    public void A_zero_size_limit_fails_at_start_up()
        => AssertInvalid(o => o.MaxDocumentBytes = 0, "MaxDocumentBytes");

    [Fact]
    public void Every_invalid_option_is_named_in_one_message()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(o =>
        {
            o.MaxDocumentBytes = -1;
            o.SourceResilience.AttemptTimeout = TimeSpan.Zero;
        }));

        Assert.Contains("MaxDocumentBytes", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AttemptTimeout", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_infinite_timeout_is_accepted_and_documents_are_read()
    {
        await using var provider = PipelineHarness.Build(options: o => o.DocumentTimeout = Timeout.InfiniteTimeSpan);

        var result = await provider.GetRequiredService<IIngestionService>().IngestTextAsync("no budget");

        Assert.Equal("no budget", result.Document!.Text);
    }

    [Fact]
    public async Task A_reader_that_knows_its_signature_gets_its_content_whatever_the_name()
    {
        await using var provider = PipelineHarness.Build(b => b.AddReader<UpperReader>());
        var service = provider.GetRequiredService<IIngestionService>();

        var signed = await service.IngestAsync(new MemorySourceDocument(Encoding.ASCII.GetBytes("UPPER:shout"), new Uri("memory:/notes.txt")));
        var plain = await service.IngestAsync(new MemorySourceDocument(Encoding.ASCII.GetBytes("lower: whisper"), new Uri("memory:/notes.txt")));

        Assert.Equal("upper", signed.Reader);
        Assert.Equal("text/x-upper", signed.MediaType);
        Assert.DoesNotContain(signed.Diagnostics, d => d.Code == "detect.extension-mismatch");
        Assert.Equal("echo", plain.Reader);
    }

    [Fact]
    public async Task A_sniffer_that_throws_is_skipped()
    {
        await using var provider = PipelineHarness.Build(b => b.AddReader<UpperReader>());

        var result = await provider.GetRequiredService<IIngestionService>().IngestTextAsync("SNIFFBUG");

        Assert.Equal(IngestStatus.Succeeded, result.Status);
        Assert.Equal("echo", result.Reader);
    }

    private static void AssertInvalid(Action<IngestOptions> configure, string named)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(configure));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
    }

    private static void Resolve(Action<IngestOptions> configure)
    {
        using var provider = PipelineHarness.Build(options: configure);
        provider.GetRequiredService<IIngestionService>();
    }

    /// <summary>A reader of a made-up format whose documents start with <c>UPPER:</c>.</summary>
    private sealed class UpperReader : IDocumentReader, IFormatSniffer
    {
        public string Name => "upper";

        public IReadOnlyList<DocumentFormat> Formats { get; } = [new DocumentFormat("text/x-upper", ".upper")];

        public string? Sniff(ReadOnlySpan<byte> head, string detectedMediaType)
        {
            if (head.StartsWith("SNIFFBUG"u8))
            {
                throw new InvalidOperationException("sniffer bug");
            }

            return head.StartsWith("UPPER:"u8) ? "text/x-upper" : null;
        }

        public ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
        {
            var builder = new DocumentBuilder(context.Source.Uri, context.MediaType);
            builder.AddBlock(BlockKind.Paragraph, "UPPER");
            return ValueTask.FromResult(builder.Build());
        }
    }
}
