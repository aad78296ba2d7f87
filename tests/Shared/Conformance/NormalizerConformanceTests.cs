namespace Ingest.Testing;

/// <summary>
/// What every <see cref="IDocumentNormalizer"/> must do: leave a document well formed (its entities lie within the text
/// and their text matches it), cope with empty and hostile text without throwing, and honour cancellation.
/// </summary>
public abstract class NormalizerConformanceTests
{
    /// <summary>Creates the normalizer under test.</summary>
    protected abstract IDocumentNormalizer CreateNormalizer();

    /// <summary>A text in which the normalizer finds at least one entity.</summary>
    protected abstract string TextWithEntities { get; }

    /// <summary>Runs the normalizer on a one-paragraph document of <paramref name="text"/>.</summary>
    protected async Task<Document> NormalizeAsync(string text, CancellationToken cancellationToken = default)
    {
        var builder = new DocumentBuilder(new Uri("memory:/conformance"), MediaTypes.PlainText);
        if (text.Length > 0)
        {
            builder.AddBlock(BlockKind.Paragraph, text);
        }

        var document = builder.Build();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(10));
        await CreateNormalizer().NormalizeAsync(document, NormalizationContext.For(document, new DateOnly(2021, 5, 3)), budget.Token).AsTask().WaitAsync(budget.Token);
        return document;
    }

    private static void AssertWellFormed(Document document)
    {
        foreach (var entity in document.Entities)
        {
            Assert.InRange(entity.Start, 0, document.Text.Length);
            Assert.Equal(entity.Text, document.Text.Substring(entity.Start, entity.Length));
        }
    }

    [Fact]
    public void The_normalizer_has_a_name()
        => Assert.False(string.IsNullOrWhiteSpace(CreateNormalizer().Name));

    [Fact]
    public async Task A_text_with_entities_gets_well_formed_entities()
    {
        var document = await NormalizeAsync(TextWithEntities);

        Assert.NotEmpty(document.Entities);
        AssertWellFormed(document);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task An_empty_document_gets_no_entities_and_no_errors()
    {
        var document = await NormalizeAsync(string.Empty);

        Assert.Empty(document.Entities);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Hostile_text_never_throws_and_leaves_the_document_well_formed()
    {
        var random = new Random(20261206);
        string[] hostile =
        [
            new string('9', 5000),
            string.Join(' ', Enumerable.Repeat("1,", 3000)),
            "\uD800 lone surrogates \uDFFF and \u0000 nulls, \u202E right-to-left 12 May",
            string.Concat(Enumerable.Range(0, 4000).Select(_ => (char)random.Next(0x20, 0x3000))),
            TextWithEntities + new string('\n', 1000) + TextWithEntities,
        ];
        foreach (var text in hostile)
        {
            AssertWellFormed(await NormalizeAsync(text));
        }
    }

    [Fact]
    public async Task A_cancelled_normalization_throws_operation_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NormalizeAsync(TextWithEntities, cancelled.Token));
    }
}
