using Microsoft.Extensions.Options;

namespace Ingest.Normalizers.Dates;

/// <summary>
/// Finds dates, date ranges, durations and time references in a document's text and adds them as
/// <see cref="DateEntity"/> values resolved against the reference date (the published date, else the configured one).
/// </summary>
public sealed class DateNormalizer : IDocumentNormalizer
{
    private readonly DateNormalizerOptions _options;
    private readonly DateVocabulary _vocabulary;

    /// <summary>Creates a normalizer with the default options.</summary>
    public DateNormalizer()
        : this(new DateNormalizerOptions())
    {
    }

    /// <summary>Creates a normalizer with <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    public DateNormalizer(DateNormalizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _vocabulary = DateVocabulary.English;
    }

    /// <summary>Creates a normalizer from configured options (used by dependency injection).</summary>
    /// <param name="options">The options.</param>
    public DateNormalizer(IOptions<DateNormalizerOptions> options)
        : this(options?.Value ?? new DateNormalizerOptions())
    {
    }

    /// <inheritdoc />
    public string Name => "dates";

    /// <inheritdoc />
    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var reference = context.ReferenceDate;
        var source = context.ReferenceDateOrigin switch
        {
            ReferenceDateOrigin.DocumentDate => DateInferenceSource.DocumentDate,
            ReferenceDateOrigin.Configured => DateInferenceSource.ConfiguredDate,
            _ => DateInferenceSource.None,
        };
        if (reference is null && _options.ReferenceDate is { } configured)
        {
            reference = configured;
            source = DateInferenceSource.ConfiguredDate;
        }

        var text = document.Text;
        if (text.Length > _options.MaxTextLength)
        {
            document.Diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                "dates.truncated",
                $"Only the first {_options.MaxTextLength} of {text.Length} characters were searched for dates."));
            text = text[.._options.MaxTextLength];
        }

        try
        {
            var parser = new DateParser(_vocabulary, _options, reference, source);
            parser.Parse(text.AsSpan(), text, document.Entities, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The dates after the failure are lost: an error, so the result is partial (docs/reliability.md).
            document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "dates.failed", $"Date normalizing stopped: {ex.Message}") { Stage = "normalize" });
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Finds the dates in plain <paramref name="text"/> without a pipeline.</summary>
    /// <param name="text">The text.</param>
    /// <param name="referenceDate">The date relative and year-less expressions are resolved against, or <see langword="null"/>.</param>
    /// <returns>The dates, in text order.</returns>
    public IReadOnlyList<DateEntity> Recognize(string text, DateOnly? referenceDate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reference = referenceDate ?? _options.ReferenceDate;
        var results = new List<Entity>();
        var parser = new DateParser(_vocabulary, _options, reference, reference is null ? DateInferenceSource.None : DateInferenceSource.ConfiguredDate);
        parser.Parse(text.AsSpan(), text, results, CancellationToken.None);
        var dates = new List<DateEntity>(results.Count);
        foreach (var entity in results)
        {
            dates.Add((DateEntity)entity);
        }

        return dates;
    }
}
