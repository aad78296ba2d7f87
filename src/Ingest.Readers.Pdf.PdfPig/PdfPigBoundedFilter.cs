using System.Runtime.InteropServices;
using Ingest.Readers.Pdf.Objects;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// One of the filters that can expand a small input many times over (Flate, LZW, RunLength, ASCII85, ASCIIHex), decoded
/// by Ingest's own bounded decoders in place of PdfPig's, which grow their output without a limit: the output stops at
/// the document's <see cref="PdfPigDecodeBudget"/> instead of after the allocation.
/// </summary>
internal sealed class PdfPigBoundedFilter : IFilter
{
    private static readonly string[] ParameterKeys = ["Predictor", "Colors", "BitsPerComponent", "Columns", "EarlyChange"];

    private readonly Func<byte[], PdfDictionary?, long, byte[]> _decode;
    private readonly PdfPigDecodeBudget _budget;

    /// <summary>Creates a filter.</summary>
    /// <param name="decode">Decodes the input with its decode parameters, throwing past the bound it is given.</param>
    /// <param name="budget">The document's budget.</param>
    public PdfPigBoundedFilter(Func<byte[], PdfDictionary?, long, byte[]> decode, PdfPigDecodeBudget budget)
    {
        _decode = decode;
        _budget = budget;
    }

    /// <inheritdoc />
    public bool IsSupported => true;

    /// <inheritdoc />
    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        var parameters = Parameters(DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex));
        var encoded = WholeArray(input);
        return _budget.Decode(bound => _decode(encoded, parameters, bound));
    }

    /// <summary>
    /// The array behind <paramref name="input"/> when the input is all of it (a stream PdfPig read into an array of its
    /// own, or the output of the filter before this one), else a copy: the own decoders take an array and only read it.
    /// </summary>
    private static byte[] WholeArray(Memory<byte> input)
        => MemoryMarshal.TryGetArray<byte>(input, out var segment) && segment.Array is { } array && segment.Offset == 0 && segment.Count == array.Length
            ? array
            : input.ToArray();

    /// <summary>The numeric decode parameters the own decoders read (predictor, LZW early change), or <see langword="null"/> for none.</summary>
    private static PdfDictionary? Parameters(DictionaryToken? parameters)
    {
        if (parameters is null)
        {
            return null;
        }

        PdfDictionary? result = null;
        foreach (var key in ParameterKeys)
        {
            if (parameters.Data.TryGetValue(key, out var token) && token is NumericToken number)
            {
                result ??= [];
                result[key] = number.HasDecimalPlaces ? number.Double : number.Long;
            }
        }

        return result;
    }
}
