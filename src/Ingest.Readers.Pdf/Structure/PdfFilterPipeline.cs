using Ingest.Readers.Pdf.Filters;
using Ingest.Readers.Pdf.Limits;
using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Structure;

/// <summary>Applies a stream's /Filter chain with its /DecodeParms; image-only filters are not decoded.</summary>
internal static class PdfFilterPipeline
{
    /// <summary>Decodes a stream's data. Returns <see langword="null"/> when the data is an image encoding not worth decoding for text.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="store">Resolves references in the filter entries and holds the budget.</param>
    public static byte[]? Decode(PdfStream stream, PdfObjectStore store)
    {
        var filters = store.Resolve(stream.Dictionary.Get("Filter") ?? stream.Dictionary.Get("F"));
        var parameters = store.Resolve(stream.Dictionary.Get("DecodeParms") ?? stream.Dictionary.Get("DP"));
        var data = stream.Data;
        if (filters is null)
        {
            return data;
        }

        var count = filters is PdfArray a ? a.Count : 1;
        for (var i = 0; i < count; i++)
        {
            var name = PdfValues.Name(filters is PdfArray array ? store.Resolve(array[i]) : filters);
            var parms = (parameters is PdfArray parmArray ? (i < parmArray.Count ? store.Resolve(parmArray[i]) : null) : parameters) as PdfDictionary;
            if (name is null)
            {
                continue;
            }

            var max = store.Budget.MaxStreamBytes;
            store.Budget.Check();
            data = name switch
            {
                "FlateDecode" or "Fl" => PredictorFilter.Apply(FlateFilter.Decode(data, max), parms),
                "LZWDecode" or "LZW" => PredictorFilter.Apply(LzwFilter.Decode(data, (int)PdfValues.Number(parms?.Get("EarlyChange"), 1), max), parms),
                "ASCII85Decode" or "A85" => Ascii85Filter.Decode(data, max),
                "ASCIIHexDecode" or "AHx" => AsciiHexFilter.Decode(data),
                "RunLengthDecode" or "RL" => RunLengthFilter.Decode(data, max),
                "Crypt" => data,
                _ => null,
            };
            if (data is null)
            {
                return null;
            }

            store.Budget.Charge(data.Length);
        }

        return data;
    }
}
