namespace Ingest;

/// <summary>
/// Enriches a document after it has been read, typically by adding typed <see cref="Entity"/> annotations.
/// </summary>
/// <remarks>
/// Normalizers run one after another in ascending <c>order</c> (see
/// <see cref="IngestBuilderExtensions.AddNormalizer{TNormalizer}(IIngestBuilder, int)"/>), so a later one sees the
/// entities of an earlier one: the number normalizer, for instance, leaves alone what the date normalizer claimed.
/// A normalizer must not throw for unusual text; it adds a diagnostic to the document instead.
/// </remarks>
public interface IDocumentNormalizer
{
    /// <summary>A short name shown in results and summaries (<c>dates</c>, <c>numbers</c>, <c>names</c>).</summary>
    string Name { get; }

    /// <summary>Normalizes <paramref name="document"/> in place.</summary>
    /// <param name="document">The document to enrich.</param>
    /// <param name="context">The reference date and other batch-level settings.</param>
    /// <param name="cancellationToken">Cancels normalizing.</param>
    ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default);
}
