using Ingest.Normalizers.Dates;
using Microsoft.Extensions.Options;

namespace Ingest.Normalizers.Numbers;

/// <summary>
/// Finds numbers in a document's text and adds them as <see cref="NumberEntity"/> values: counts, decimals, ordinals,
/// fractions, percentages, money with ISO 4217 codes, ranges, approximate amounts and multipliers, with the counted noun.
/// </summary>
/// <remarks>
/// <para>
/// Overlap with dates: the number normalizer runs after the date normalizer (<see cref="NormalizerOrder.Numbers"/>) and
/// does not report a number whose span overlaps an entity of type <c>date</c> already in <see cref="Document.Entities"/>.
/// It also stands on its own: it never claims a year (a four-digit 1000–2100 integer unless hedged or directly counting
/// a plural noun: <c>about 2000 people</c>), a year range (<c>1988-1994</c>, <c>1826-28</c>), a decade (<c>1980s</c>),
/// a century ordinal (<c>19th century</c>), a day number next to a month name (<c>September 19</c>, <c>12 November 2020</c>),
/// a time (<c>10:30</c>, <c>5 pm</c>) or a numeric date (<c>2023-09-20</c>, <c>5/17/2018</c>).
/// </para>
/// <para>
/// Not numbers: model designations and identifiers (<c>Mi-24</c>, <c>F-16</c>, <c>A320</c>, <c>COVID-19</c>, <c>192.168.1.2</c>),
/// numbers glued to letters (<c>29km</c>, <c>3D</c>), phone numbers (<c>+1-222-2222</c>, <c>555-123-4567</c>), handles and tags,
/// and <c>one</c> as a pronoun or selector: after <c>no</c>, <c>any</c>, <c>the</c>, <c>this</c>, <c>which</c>…
/// (<c>no one</c>, <c>the one</c>, <c>on the one hand</c>), before a verb or modal (<c>one should</c>, <c>one can</c>),
/// and before a preposition (<c>one of my colleagues</c>, <c>one in defense</c>): "one of" picks a member of a group rather
/// than counting it, so it is not reported. Relative ordinals (<c>last</c>, <c>next</c>) are not numbers here.
/// </para>
/// <para>
/// Counted noun (<see cref="NumberEntity.Unit"/>): the head noun after the number, looking past at most three modifiers
/// (capitalized words such as <c>Russian</c> or <c>Baku</c>, known adjectives, words with adjective endings such as
/// <c>ethnic</c>, <c>bloody</c>, <c>warring</c>): <c>1,960 Russian peacekeepers</c> gives <c>peacekeepers</c>. For counts
/// other than one the head must look plural; for ordinals after a determiner a singular noun is taken
/// (<c>the 102nd military base</c> gives <c>base</c>). A function word or punctuation ends the search with no unit.
/// Money carries its ISO 4217 code instead; fractions, percentages and multipliers carry none.
/// </para>
/// <para>
/// Vague amounts are approximate with the order of magnitude as value and bounds: <c>tens of thousands</c> is 10,000
/// with low 20,000 and high 100,000; <c>hundreds</c> is 100 (200 to 1,000).
/// </para>
/// </remarks>
public sealed class NumberNormalizer : IDocumentNormalizer
{
    // The matches list of one document, kept for the next so that it is not regrown for each (a list past this capacity,
    // from an unusually long document, is left to the collector).
    private const int MaxSpareCapacity = 1 << 14;
    private static readonly SpareInstances<List<NumberMatch>> SpareMatches = new();

    private readonly NumberNormalizerOptions _options;

    /// <summary>Creates the normalizer with default options.</summary>
    public NumberNormalizer()
        : this(new NumberNormalizerOptions())
    {
    }

    /// <summary>Creates the normalizer from configured options.</summary>
    /// <param name="options">The options.</param>
    public NumberNormalizer(IOptions<NumberNormalizerOptions> options)
        : this(options?.Value ?? throw new ArgumentNullException(nameof(options)))
    {
    }

    /// <summary>Creates the normalizer.</summary>
    /// <param name="options">The options.</param>
    public NumberNormalizer(NumberNormalizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <inheritdoc />
    public string Name => "numbers";

    /// <inheritdoc />
    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var text = document.Text;
        var scanner = new NumberScanner(EnglishNumberVocabulary.Instance, _options.Culture, _options.CaptureUnits, _options.IncludeOrdinals);
        var matches = SpareMatches.Take() ?? new List<NumberMatch>();
        if (document.Blocks.Count == 0)
        {
            ScanRange(scanner, document, text, 0, text.Length, matches, cancellationToken);
        }
        else
        {
            // Scan each block; text between blocks is only separators. A sentence broken across two blocks is
            // scanned as one run because the scan continues through whitespace up to the next block's end.
            var runStart = document.Blocks[0].Start;
            for (var i = 0; i < document.Blocks.Count; i++)
            {
                var block = document.Blocks[i];
                var runEnd = block.Start + block.Length;
                var nextStart = i + 1 < document.Blocks.Count ? document.Blocks[i + 1].Start : -1;
                if (nextStart >= 0 && IsWhitespace(text, runEnd, nextStart))
                {
                    continue;
                }

                ScanRange(scanner, document, text, runStart, runEnd, matches, cancellationToken);
                runStart = nextStart;
            }
        }

        AddEntities(document, matches);
        matches.Clear();
        if (matches.Capacity <= MaxSpareCapacity)
        {
            SpareMatches.GiveBack(matches);
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsWhitespace(string text, int start, int end)
    {
        for (var i = start; i < end && i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void ScanRange(NumberScanner scanner, Document document, string text, int start, int end, List<NumberMatch> matches, CancellationToken cancellationToken)
    {
        if (start < 0 || end <= start)
        {
            return;
        }

        if (end - start > _options.MaxBlockLength)
        {
            document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "numbers.block.too-long", $"A text run of {end - start} characters was scanned for numbers only up to {_options.MaxBlockLength} characters."));
            end = start + _options.MaxBlockLength;
        }

        try
        {
            scanner.Scan(text, start, end, matches, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Numbers of this run are lost: an error, so the result is partial (docs/reliability.md).
            document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "numbers.scan.failed", $"Numbers in [{start}, {end}) could not be read: {ex.Message}") { Stage = "normalize" });
        }
    }

    private void AddEntities(Document document, List<NumberMatch> matches)
    {
        // A duration is a measured amount of time as much as a date: "more than thirty years" and "11 hours" stay
        // quantities (with their bound) beside the date normalizer's DURATION; calendar dates and points keep their digits.
        var dates = _options.YieldToDates ? EntitySpanIndex.BuildWhere(document.Entities, static entity => entity is not DateEntity { Kind: DateKind.Duration } && entity.Type == EntityTypes.Date) : null;
        var text = document.Text;
        foreach (var match in matches)
        {
            if (dates is not null && dates.Overlaps(match.Start, match.End))
            {
                continue;
            }

            var unit = match.Currency ?? match.Measure?.Symbol ?? (match.Percent ? "%" : null) ?? (match.UnitLength > 0 ? text.Substring(match.UnitStart, match.UnitLength) : null);
            double? value = double.IsNaN(match.Value) || (match.Kind == NumberKind.Range && match.Comparison == Ranges.RangeComparison.None) ? null : match.Value;
            double? low = match.HasBounds && !double.IsNaN(match.Low) ? match.Low : null;
            double? high = match.HasBounds && !double.IsNaN(match.High) ? match.High : null;
            double? si = value is { } v && match.Measure is { } measure && match.Kind == NumberKind.Quantity ? measure.ToSi(v) : null;
            document.Entities.Add(new NumberEntity(match.Start, match.End - match.Start, text.Substring(match.Start, match.End - match.Start), match.Kind, value, low, high, unit, match.Approximate)
            {
                Comparison = Ranges.ComparisonPhrases.Name(match.Comparison),
                Dimension = match.Measure is { } m ? Units.UnitDimensions.Name(m.Dimension) : null,
                SiValue = si is { } s && double.IsFinite(s) ? s : null,
            });
        }
    }
}
