using System.Text;
using Ingest.Readers.Pdf.Parsing;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// A CMap: code-space ranges (how many bytes a code takes), and mappings from codes to Unicode
/// (<c>bfchar</c>, <c>bfrange</c> with its array form) or to CIDs (<c>cidchar</c>, <c>cidrange</c>).
/// </summary>
internal sealed class PdfCMap
{
    /// <summary>The most code-space ranges kept: real CMaps have a handful, and every code read tries them.</summary>
    internal const int MaxCodeSpaces = 64;

    /// <summary>The most entries of each kind (single codes, ranges) kept: more than any character collection has.</summary>
    internal const int MaxEntries = 1 << 17;

    /// <summary>How many tokens are read between two checks of the time budget and cancellation.</summary>
    private const int CheckInterval = 1024;

    private readonly PdfValueList<PdfCodeSpace> _codeSpaces = new();
    private readonly PdfIntMap<string> _unicode = new();
    private readonly PdfValueList<PdfUnicodeRange> _unicodeRanges = new();
    private readonly PdfIntMap<int> _cids = new();
    private readonly PdfValueList<PdfCidRange> _cidRanges = new();

    /// <summary>True when the CMap has code-space ranges.</summary>
    public bool HasCodeSpaces => _codeSpaces.Count > 0;

    /// <summary>True when the CMap maps codes to CIDs.</summary>
    public bool HasCidMappings => _cids.Count > 0 || _cidRanges.Count > 0;

    /// <summary>The number of code-to-Unicode mappings.</summary>
    public int UnicodeMappingCount => _unicode.Count + _unicodeRanges.Count;

    /// <summary>True when the CMap had more code-space ranges or mappings than are kept; the rest were left out.</summary>
    public bool WasTruncated { get; private set; }

    /// <summary>Parses CMap data; malformed parts are skipped.</summary>
    /// <param name="data">The CMap program.</param>
    /// <param name="check">Checks the document's time budget and cancellation as the parse goes; <see langword="null"/> for none.</param>
    public static PdfCMap Parse(byte[] data, Action? check = null)
    {
        var cmap = new PdfCMap();
        var lexer = new PdfLexer(data);
        var parser = new PdfObjectParser(lexer);
        var operands = new PdfValueList<PdfCMapOperand>();
        var tokens = 0;
        while (true)
        {
            if (check is not null && ++tokens % CheckInterval == 0)
            {
                check();
            }

            var kind = lexer.Next();
            if (kind == PdfTokenKind.EndOfData)
            {
                break;
            }

            switch (kind)
            {
                case PdfTokenKind.HexString or PdfTokenKind.LiteralString:
                    operands.Add(new PdfCMapOperand(lexer.StringValue(), 0, null));
                    break;
                case PdfTokenKind.Integer or PdfTokenKind.Real:
                    operands.Add(new PdfCMapOperand(null, lexer.Number, null));
                    break;
                case PdfTokenKind.ArrayStart:
                    // The array form of bfrange: one destination string per code.
                    var array = new List<string>();
                    while (lexer.Next() is var k && k is not (PdfTokenKind.ArrayEnd or PdfTokenKind.EndOfData))
                    {
                        if (k is PdfTokenKind.HexString or PdfTokenKind.LiteralString)
                        {
                            array.Add(DecodeUtf16(lexer.StringValue()));
                        }
                    }

                    operands.Add(new PdfCMapOperand(null, double.NaN, array.ToArray()));
                    break;
                case PdfTokenKind.Keyword:
                    cmap.Apply(lexer.TokenBytes, operands);
                    operands.Clear();
                    break;
                case PdfTokenKind.DictionaryStart:
                    parser.ParseDictionary(1);
                    break;
                default:
                    if (kind != PdfTokenKind.Name)
                    {
                        operands.Clear();
                    }

                    break;
            }
        }

        cmap.SortRanges();
        return cmap;
    }

    /// <summary>
    /// Reads one code at <paramref name="position"/>: as many bytes as the code-space ranges say, else
    /// <paramref name="defaultLength"/> bytes. Returns the number of bytes read (at least 1).
    /// </summary>
    /// <param name="bytes">The string bytes.</param>
    /// <param name="position">Where the code starts.</param>
    /// <param name="defaultLength">The code length when no range matches.</param>
    /// <param name="code">The code.</param>
    public int ReadCode(ReadOnlySpan<byte> bytes, int position, int defaultLength, out uint code)
    {
        uint value = 0;
        for (var length = 1; length <= 4 && position + length <= bytes.Length; length++)
        {
            value = (value << 8) | bytes[position + length - 1];
            foreach (var (rangeLength, low, high) in _codeSpaces.AsSpan())
            {
                if (rangeLength == length && value >= low && value <= high)
                {
                    code = value;
                    return length;
                }
            }
        }

        var n = Math.Max(1, Math.Min(defaultLength, bytes.Length - position));
        code = 0;
        for (var i = 0; i < n; i++)
        {
            code = (code << 8) | bytes[position + i];
        }

        return n;
    }

    /// <summary>The Unicode text of <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">The code.</param>
    public string? Lookup(uint code)
    {
        if (_unicode.TryGetValue((int)code, out var text))
        {
            return text;
        }

        var index = FindRange(_unicodeRanges, code, static r => (r.Low, r.High));
        if (index >= 0)
        {
            var (low, _, start, array) = _unicodeRanges[index];
            var offset = (int)(code - low);
            if (array is not null)
            {
                return offset < array.Length ? array[offset] : null;
            }

            if (string.IsNullOrEmpty(start))
            {
                return null;
            }

            // The last character of the destination is incremented through the range.
            var last = start[^1] + offset;
            return last > 0xFFFF ? null : string.Concat(start.AsSpan(0, start.Length - 1), ((char)last).ToString());
        }

        return null;
    }

    /// <summary>The CID of <paramref name="code"/>, or -1 when the CMap does not map it.</summary>
    /// <param name="code">The code.</param>
    public int ToCid(uint code)
    {
        if (_cids.TryGetValue((int)code, out var cid))
        {
            return cid;
        }

        var index = FindRange(_cidRanges, code, static r => (r.Low, r.High));
        return index < 0 ? -1 : _cidRanges[index].Cid + (int)(code - _cidRanges[index].Low);
    }

    /// <summary>The codes mapped to <paramref name="text"/> by <c>bfchar</c>, for finding the space glyph.</summary>
    /// <param name="text">The text.</param>
    public uint? FindCode(string text)
    {
        for (var i = 0; i < _unicode.Count; i++)
        {
            if (_unicode.ValueAt(i) == text)
            {
                return (uint)_unicode.KeyAt(i);
            }
        }

        return null;
    }

    /// <summary>
    /// The range holding <paramref name="code"/> in a list sorted by its low ends: a binary search for the last range
    /// starting at or below the code, then a few steps back for a longer range that encloses shorter ones.
    /// </summary>
    private static int FindRange<T>(PdfValueList<T> ranges, uint code, Func<T, (uint Low, uint High)> bounds)
    {
        int lo = 0, hi = ranges.Count - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (bounds(ranges[mid]).Low <= code)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var i = last; i >= 0 && i > last - 16; i--)
        {
            if (bounds(ranges[i]).High >= code)
            {
                return i;
            }
        }

        return -1;
    }

    private void SortRanges()
    {
        // A stable sort: where ranges start at the same code, the one written first still wins.
        SortByLow(_unicodeRanges, static r => r.Low);
        SortByLow(_cidRanges, static r => r.Low);
    }

    /// <summary>Sorts ranges by their low ends, keeping the written order among equal low ends.</summary>
    private static void SortByLow<T>(PdfValueList<T> ranges, Func<T, uint> low)
    {
        if (ranges.Count < 2)
        {
            return;
        }

        // The position in the low half makes every key distinct, so the order among equal low ends is kept.
        var keys = new ulong[ranges.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = ((ulong)low(ranges[i]) << 32) | (uint)i;
        }

        if (PdfKeySort.IsSorted(keys))
        {
            return;
        }

        PdfKeySort.Sort(keys);
        var written = ranges.ToArray();
        for (var i = 0; i < keys.Length; i++)
        {
            ranges[i] = written[(int)(uint)keys[i]];
        }
    }

    private bool HasRoom(int count)
    {
        if (count < MaxEntries)
        {
            return true;
        }

        WasTruncated = true;
        return false;
    }

    private static uint ToCode(byte[] bytes)
    {
        uint value = 0;
        for (var i = Math.Max(0, bytes.Length - 4); i < bytes.Length; i++)
        {
            value = (value << 8) | bytes[i];
        }

        return value;
    }

    private static string DecodeUtf16(byte[] bytes)
    {
        if (bytes.Length == 1)
        {
            return ((char)bytes[0]).ToString();
        }

        return Encoding.BigEndianUnicode.GetString(bytes, 0, bytes.Length & ~1);
    }

    private void Apply(ReadOnlySpan<byte> keyword, PdfValueList<PdfCMapOperand> operands)
    {
        if (keyword.SequenceEqual("endcodespacerange"u8))
        {
            for (var i = 0; i + 1 < operands.Count; i += 2)
            {
                if (_codeSpaces.Count >= MaxCodeSpaces)
                {
                    WasTruncated = true;
                    break;
                }

                if (operands[i].Bytes is { Length: > 0 and <= 4 } low && operands[i + 1].Bytes is { } high)
                {
                    _codeSpaces.Add(new PdfCodeSpace(low.Length, ToCode(low), ToCode(high)));
                }
            }
        }
        else if (keyword.SequenceEqual("endbfchar"u8))
        {
            for (var i = 0; i + 1 < operands.Count; i += 2)
            {
                if (operands[i].Bytes is { } code && operands[i + 1].Bytes is { } dest && HasRoom(_unicode.Count))
                {
                    _unicode[(int)ToCode(code)] = DecodeUtf16(dest);
                }
            }
        }
        else if (keyword.SequenceEqual("endbfrange"u8))
        {
            for (var i = 0; i + 2 < operands.Count; i += 3)
            {
                if (operands[i].Bytes is not { } low || operands[i + 1].Bytes is not { } high)
                {
                    continue;
                }

                var (lo, hi) = (ToCode(low), ToCode(high));
                if (hi < lo || !HasRoom(_unicodeRanges.Count))
                {
                    continue;
                }

                if (operands[i + 2].Bytes is { } dest)
                {
                    _unicodeRanges.Add(new PdfUnicodeRange(lo, hi, DecodeUtf16(dest), null));
                }
                else if (operands[i + 2].Array is { } array)
                {
                    _unicodeRanges.Add(new PdfUnicodeRange(lo, hi, null, array));
                }
            }
        }
        else if (keyword.SequenceEqual("endcidchar"u8))
        {
            for (var i = 0; i + 1 < operands.Count; i += 2)
            {
                if (operands[i].Bytes is { } code && HasRoom(_cids.Count))
                {
                    _cids[(int)ToCode(code)] = (int)operands[i + 1].Number;
                }
            }
        }
        else if (keyword.SequenceEqual("endcidrange"u8))
        {
            for (var i = 0; i + 2 < operands.Count; i += 3)
            {
                if (operands[i].Bytes is { } low && operands[i + 1].Bytes is { } high && ToCode(high) >= ToCode(low) && HasRoom(_cidRanges.Count))
                {
                    _cidRanges.Add(new PdfCidRange(ToCode(low), ToCode(high), (int)operands[i + 2].Number));
                }
            }
        }
    }
}
