using Ingest.Readers.Pdf.Objects;
using Ingest.Readers.Pdf.Parsing;

namespace Ingest.Readers.Pdf.Structure;

/// <summary>The decoded data of an object stream (<c>/Type /ObjStm</c>) with the numbers and offsets of its objects.</summary>
internal sealed class PdfObjectStreamIndex
{
    private readonly byte[] _data;
    private readonly int[] _numbers;
    private readonly int[] _offsets;

    private PdfObjectStreamIndex(byte[] data, int[] numbers, int[] offsets)
    {
        _data = data;
        _numbers = numbers;
        _offsets = offsets;
    }

    /// <summary>The number of objects.</summary>
    public int Count => _numbers.Length;

    /// <summary>Reads the header of an object stream.</summary>
    /// <param name="data">The decoded data.</param>
    /// <param name="dictionary">The stream dictionary.</param>
    /// <param name="store">Resolves /N and /First.</param>
    public static PdfObjectStreamIndex? Read(byte[] data, PdfDictionary dictionary, PdfObjectStore store)
    {
        var n = (int)Math.Clamp(PdfValues.Number(store.Resolve(dictionary.Get("N"))), 0, 1_000_000);
        var first = (int)PdfValues.Number(store.Resolve(dictionary.Get("First")));
        if (first < 0 || first > data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(data, 0, first);
        var numbers = new List<int>(n);
        var offsets = new List<int>(n);
        for (var i = 0; i < n; i++)
        {
            if (lexer.Next() != PdfTokenKind.Integer)
            {
                break;
            }

            var number = (int)lexer.Number;
            if (lexer.Next() != PdfTokenKind.Integer)
            {
                break;
            }

            numbers.Add(number);
            offsets.Add(first + (int)lexer.Number);
        }

        return new PdfObjectStreamIndex(data, numbers.ToArray(), offsets.ToArray());
    }

    /// <summary>The object number at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    public int NumberAt(int index) => _numbers[index];

    /// <summary>Parses the object at <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    public object? Parse(int index)
    {
        if (index < 0 || index >= _offsets.Length || _offsets[index] >= _data.Length || _offsets[index] < 0)
        {
            return null;
        }

        var lexer = new PdfLexer(_data, _offsets[index]);
        return new PdfObjectParser(lexer).ParseObject();
    }
}
