using Ingest.Readers.Pdf.Objects;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;
using Own = Ingest.Readers.Pdf.Filters;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// The filters PdfPig decodes one document's streams with (set as <c>ParsingOptions.FilterProvider</c>, which PdfPig
/// uses for every stream it decodes: object and cross-reference streams, content streams, forms, fonts, CMaps). PdfPig's
/// default provider names the filters, so its reading of <c>/Filter</c> and its errors are unchanged; the filters that can
/// expand a small input many times over are replaced by Ingest's bounded decoders and the others are counted, all against
/// the document's <see cref="PdfPigDecodeBudget"/>.
/// </summary>
internal sealed class PdfPigBudgetFilterProvider : IFilterProvider
{
    private readonly IFilterProvider _names = DefaultFilterProvider.Instance;
    private readonly PdfPigDecodeBudget _budget;
    private readonly IFilter _flate;
    private readonly IFilter _lzw;
    private readonly IFilter _runLength;
    private readonly IFilter _ascii85;
    private readonly IFilter _asciiHex;
    private readonly Dictionary<IFilter, IFilter> _counted = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates the provider of one document.</summary>
    /// <param name="budget">The document's budget.</param>
    public PdfPigBudgetFilterProvider(PdfPigDecodeBudget budget)
    {
        _budget = budget;
        _flate = new PdfPigBoundedFilter((data, parameters, bound) => Own.PredictorFilter.Apply(Own.FlateFilter.Decode(data, bound), parameters), budget);
        _lzw = new PdfPigBoundedFilter(
            (data, parameters, bound) => Own.PredictorFilter.Apply(Own.LzwFilter.Decode(data, (int)PdfValues.Number(parameters?.Get("EarlyChange"), 1), bound), parameters),
            budget);
        _runLength = new PdfPigBoundedFilter((data, _, bound) => Own.RunLengthFilter.Decode(data, bound), budget);
        _ascii85 = new PdfPigBoundedFilter((data, _, bound) => Own.Ascii85Filter.Decode(data, bound), budget);
        _asciiHex = new PdfPigBoundedFilter((data, _, bound) => Own.AsciiHexFilter.Decode(data), budget);
    }

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bounded(_names.GetFilters(dictionary));

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bounded(_names.GetNamedFilters(names));

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetAllFilters() => Bounded(_names.GetAllFilters());

    private IFilter[] Bounded(IReadOnlyList<IFilter> filters)
    {
        var result = new IFilter[filters.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Bounded(filters[i]);
        }

        return result;
    }

    private IFilter Bounded(IFilter filter) => filter switch
    {
        FlateFilter => _flate,
        LzwFilter => _lzw,
        RunLengthFilter => _runLength,
        Ascii85Filter => _ascii85,
        AsciiHexDecodeFilter => _asciiHex,
        _ => Counted(filter),
    };

    private IFilter Counted(IFilter filter)
    {
        lock (_counted)
        {
            if (!_counted.TryGetValue(filter, out var counted))
            {
                counted = _counted[filter] = new PdfPigCountedFilter(filter, _budget);
            }

            return counted;
        }
    }
}
