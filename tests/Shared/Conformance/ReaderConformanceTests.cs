using System.Text;

namespace Ingest.Testing;

/// <summary>
/// What every <see cref="IDocumentReader"/> must do, whatever its format (in the spirit of
/// Microsoft.Extensions.DependencyInjection.Specification.Tests): a reader's test project derives from it and says how to
/// create the reader and which inputs are valid. Bad input is normal input: a reader returns a document or throws
/// <see cref="DocumentReadException"/>, never anything else, and never hangs.
/// </summary>
public abstract class ReaderConformanceTests
{
    /// <summary>Creates the reader under test.</summary>
    protected abstract IDocumentReader CreateReader();

    /// <summary>The media type the reader is asked to read.</summary>
    protected abstract string MediaType { get; }

    /// <summary>Valid documents of the format; the first few are mutated by the fuzz test.</summary>
    protected abstract IReadOnlyList<byte[]> ValidSamples { get; }

    /// <summary>How many seeded mutations the fuzz test reads.</summary>
    protected virtual int Mutations => 200;

    /// <summary>The time one read may take before it counts as a hang.</summary>
    protected virtual TimeSpan Budget => TimeSpan.FromSeconds(10);

    /// <summary>Reads <paramref name="content"/> within <see cref="Budget"/>; returns the document or null when refused.</summary>
    protected async Task<Document?> ReadOrRefuseAsync(byte[] content, string name = "sample", CancellationToken cancellationToken = default)
    {
        var source = new MemorySourceDocument(content, new Uri($"memory:/conformance/{name}"));
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        using var stream = new MemoryStream(content, writable: false);
        try
        {
            return await CreateReader().ReadAsync(stream, new ReadContext(source, MediaType) { MaxBytes = 64L * 1024 * 1024 }, budget.Token).AsTask().WaitAsync(budget.Token);
        }
        catch (DocumentReadException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Code), "a refusal carries a code");
            return null;
        }
    }

    /// <summary>Checks the invariants of any document: blocks and entities lie within the text, entity text matches it.</summary>
    protected static void AssertWellFormed(Document document)
    {
        foreach (var block in document.Blocks)
        {
            Assert.InRange(block.Start, 0, document.Text.Length);
            Assert.InRange(block.Start + block.Length, block.Start, document.Text.Length);
        }

        foreach (var entity in document.Entities)
        {
            Assert.Equal(entity.Text, document.Text.Substring(entity.Start, entity.Length));
        }
    }

    [Fact]
    public void The_reader_declares_the_media_type_it_is_tested_with()
        => Assert.Contains(CreateReader().Formats, f => f.MediaType == MediaType);

    [Fact]
    public async Task A_valid_sample_gives_one_well_formed_document_with_text()
    {
        var document = await ReadOrRefuseAsync(ValidSamples[0]);

        Assert.NotNull(document);
        Assert.False(string.IsNullOrWhiteSpace(document.Text), "a valid sample has text");
        Assert.NotEmpty(document.Blocks);
        AssertWellFormed(document);
    }

    [Fact]
    public async Task Empty_input_gives_an_empty_document_or_a_refusal()
    {
        var document = await ReadOrRefuseAsync([]);

        if (document is not null)
        {
            Assert.Equal(string.Empty, document.Text.Trim());
            AssertWellFormed(document);
        }
    }

    [Fact]
    public async Task Truncated_input_gives_a_well_formed_document_or_a_refusal()
    {
        var sample = ValidSamples[0];
        foreach (var length in new[] { 1, sample.Length / 3, sample.Length / 2, sample.Length - 1 })
        {
            var document = await ReadOrRefuseAsync(sample[..Math.Max(0, length)], $"truncated-{length}");
            if (document is not null)
            {
                AssertWellFormed(document);
            }
        }
    }

    [Fact]
    public async Task Text_in_an_unexpected_encoding_gives_a_well_formed_document_or_a_refusal()
    {
        var text = Encoding.Latin1.GetString(ValidSamples[0]);
        foreach (var (name, bytes) in new[] { ("utf-16le", Encoding.Unicode.GetBytes(text)), ("utf-32", Encoding.UTF32.GetBytes(text)), ("latin1-high", Encoding.Latin1.GetBytes(text.Replace('e', '\u00e9'))) })
        {
            var document = await ReadOrRefuseAsync(bytes, name);
            if (document is not null)
            {
                AssertWellFormed(document);
            }
        }
    }

    [Fact]
    public async Task Random_bytes_give_a_well_formed_document_or_a_refusal()
    {
        var random = new Random(20261206);
        for (var i = 0; i < 20; i++)
        {
            var garbage = new byte[random.Next(1, 20_000)];
            random.NextBytes(garbage);
            var document = await ReadOrRefuseAsync(garbage, $"garbage-{i}");
            if (document is not null)
            {
                AssertWellFormed(document);
            }
        }
    }

    [Fact]
    public async Task A_cancelled_read_throws_operation_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReadOrRefuseAsync(ValidSamples[0], "cancelled", cancelled.Token));
    }

    [Fact]
    public async Task Seeded_mutations_of_the_samples_never_crash_or_hang_the_reader()
    {
        var failures = new List<string>();
        for (var seed = 0; seed < Mutations; seed++)
        {
            var input = InputMutator.Mutate(ValidSamples[seed % ValidSamples.Count], seed);
            try
            {
                var document = await ReadOrRefuseAsync(input, $"mutation-{seed}");
                if (document is not null)
                {
                    AssertWellFormed(document);
                }
            }
            catch (Exception ex)
            {
                failures.Add($"seed {seed}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        Assert.Empty(failures);
    }
}
