using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Filters;

/// <summary>Undoes the PNG (10-15) and TIFF (2) predictors of FlateDecode and LZWDecode.</summary>
internal static class PredictorFilter
{
    /// <summary>Applies the predictor named in <paramref name="parameters"/>, if any.</summary>
    /// <param name="data">The decoded data.</param>
    /// <param name="parameters">The /DecodeParms dictionary.</param>
    public static byte[] Apply(byte[] data, PdfDictionary? parameters)
    {
        var predictor = (int)PdfValues.Number(parameters?.Get("Predictor"), 1);
        if (predictor <= 1)
        {
            return data;
        }

        var colors = Math.Clamp((int)PdfValues.Number(parameters?.Get("Colors"), 1), 1, 32);
        var bits = Math.Clamp((int)PdfValues.Number(parameters?.Get("BitsPerComponent"), 8), 1, 16);
        var columns = Math.Clamp((int)PdfValues.Number(parameters?.Get("Columns"), 1), 1, 1 << 20);
        var bytesPerPixel = Math.Max(1, (colors * bits + 7) / 8);
        var rowLength = (colors * bits * columns + 7) / 8;
        return predictor == 2 ? Tiff(data, rowLength, bytesPerPixel, bits) : Png(data, rowLength, bytesPerPixel);
    }

    private static byte[] Png(byte[] data, int rowLength, int bpp)
    {
        var rows = data.Length / (rowLength + 1);
        var output = new byte[rows * rowLength];
        var previous = new byte[rowLength];
        for (var r = 0; r < rows; r++)
        {
            var filter = data[r * (rowLength + 1)];
            var src = data.AsSpan((r * (rowLength + 1)) + 1, rowLength);
            var row = output.AsSpan(r * rowLength, rowLength);
            for (var i = 0; i < rowLength; i++)
            {
                var left = i >= bpp ? row[i - bpp] : 0;
                var up = previous[i];
                var upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] = filter switch
                {
                    1 => (byte)(src[i] + left),
                    2 => (byte)(src[i] + up),
                    3 => (byte)(src[i] + ((left + up) >> 1)),
                    4 => (byte)(src[i] + Paeth(left, up, upLeft)),
                    _ => src[i],
                };
            }

            row.CopyTo(previous);
        }

        return output;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] Tiff(byte[] data, int rowLength, int bpp, int bits)
    {
        if (bits != 8)
        {
            return data;
        }

        var output = (byte[])data.Clone();
        for (var start = 0; start + rowLength <= output.Length; start += rowLength)
        {
            for (var i = bpp; i < rowLength; i++)
            {
                output[start + i] = (byte)(output[start + i] + output[start + i - bpp]);
            }
        }

        return output;
    }
}
