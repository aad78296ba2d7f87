using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// A PdfPig filter that Ingest has no bounded decoder for (the image codecs: DCT, JPX, JBIG2, CCITT fax): PdfPig decodes,
/// and what it returns is charged against the document's <see cref="PdfPigDecodeBudget"/>. Their output is bounded by the
/// image's own size fields rather than by its compression ratio, and reading letters never asks PdfPig to decode an image.
/// </summary>
internal sealed class PdfPigCountedFilter : IFilter
{
    private readonly IFilter _filter;
    private readonly PdfPigDecodeBudget _budget;

    /// <summary>Wraps <paramref name="filter"/>.</summary>
    /// <param name="filter">PdfPig's filter.</param>
    /// <param name="budget">The document's budget.</param>
    public PdfPigCountedFilter(IFilter filter, PdfPigDecodeBudget budget)
    {
        _filter = filter;
        _budget = budget;
    }

    /// <inheritdoc />
    public bool IsSupported => _filter.IsSupported;

    /// <inheritdoc />
    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        var decoded = _filter.Decode(input, streamDictionary, filterProvider, filterIndex);
        _budget.Charge(decoded.Length);
        return decoded;
    }
}
