using System.Text;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// The predefined CJK CMaps over legacy multi-byte encodings (ISO 32000-1, 9.7.5.2: <c>GBK-EUC-H</c>, <c>90ms-RKSJ-H</c>,
/// <c>B5pc-H</c>, <c>KSCms-UHC-H</c> and their relatives), which a document may name without embedding. The code length
/// follows the encoding's lead bytes and the text comes from the matching Windows code page, so no CMap data is needed.
/// </summary>
internal sealed class PdfPredefinedCMap
{
    /// <summary>The most decoded codes remembered per font; a document rarely uses more than a few thousand.</summary>
    private const int MaxCachedTexts = 1 << 14;

    // Decoded text per code, so each glyph does not decode and allocate a string of its own.
    private readonly Dictionary<uint, string?> _texts = new();
    private readonly Encoding _encoding;
    private readonly byte _leadLow;
    private readonly byte _leadHigh;
    private readonly bool _shiftJis;
    private readonly bool _fourByteGb;

    private PdfPredefinedCMap(Encoding encoding, byte leadLow, byte leadHigh, bool shiftJis, bool fourByteGb)
    {
        _encoding = encoding;
        _leadLow = leadLow;
        _leadHigh = leadHigh;
        _shiftJis = shiftJis;
        _fourByteGb = fourByteGb;
    }

    /// <summary>The predefined CMap called <paramref name="name"/>, or <see langword="null"/> when it is not a legacy CJK encoding.</summary>
    /// <param name="name">The CMap name, for example <c>GBK-EUC-H</c>.</param>
    public static PdfPredefinedCMap? Find(string name)
    {
        if (name.Length < 3 || name[^2] != '-' || name[^1] is not ('H' or 'V'))
        {
            return null;
        }

        var stem = name[..^2];
        return stem switch
        {
            "GB-EUC" or "GBpc-EUC" or "GBK-EUC" or "GBKp-EUC" => Create(936, 0x81, 0xFE),
            "GBK2K" => Create(54936, 0x81, 0xFE, fourByteGb: true),
            "B5pc" or "ETen-B5" or "ETenms-B5" or "HKscs-B5" => Create(950, 0x81, 0xFE),
            "90ms-RKSJ" or "90msp-RKSJ" or "90pv-RKSJ" or "83pv-RKSJ" or "Add-RKSJ" or "Ext-RKSJ" => Create(932, 0x81, 0xFC, shiftJis: true),
            "EUC" => Create(20932, 0x8E, 0xFE),
            "KSC-EUC" or "KSCms-UHC" or "KSCms-UHC-HW" or "KSCpc-EUC" => Create(949, 0x81, 0xFE),
            _ => null,
        };
    }

    /// <summary>Reads one code at <paramref name="position"/>; returns the bytes consumed (1, 2 or 4).</summary>
    /// <param name="bytes">The string.</param>
    /// <param name="position">The position of the code's first byte.</param>
    /// <param name="code">The code, its bytes big-endian.</param>
    public int ReadCode(ReadOnlySpan<byte> bytes, int position, out uint code)
    {
        var lead = bytes[position];
        var length = 1;
        if (IsLead(lead) && position + 1 < bytes.Length)
        {
            length = _fourByteGb && bytes[position + 1] is >= 0x30 and <= 0x39 && position + 3 < bytes.Length ? 4 : 2;
        }

        code = 0;
        for (var i = 0; i < length; i++)
        {
            code = (code << 8) | bytes[position + i];
        }

        return length;
    }

    /// <summary>The Unicode text of <paramref name="code"/>, or <see langword="null"/> when the code page has none.</summary>
    /// <param name="code">A code read by <see cref="ReadCode"/>.</param>
    public string? TextOf(uint code)
    {
        if (_texts.TryGetValue(code, out var known))
        {
            return known;
        }

        var text = Decode(code);
        if (_texts.Count < MaxCachedTexts)
        {
            _texts[code] = text;
        }

        return text;
    }

    private string? Decode(uint code)
    {
        Span<byte> buffer = stackalloc byte[4];
        var length = code > 0xFFFFFF ? 4 : code > 0xFF ? 2 : 1;
        for (var i = 0; i < length; i++)
        {
            buffer[i] = (byte)(code >> (8 * (length - 1 - i)));
        }

        var text = _encoding.GetString(buffer[..length]);
        return text.Length == 0 || text.Contains('\uFFFD', StringComparison.Ordinal) || (text.Length == 1 && char.IsControl(text[0])) ? null : text;
    }

    private bool IsLead(byte b) => _shiftJis ? b is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) : b >= _leadLow && b <= _leadHigh;

    private static PdfPredefinedCMap? Create(int codePage, byte leadLow, byte leadHigh, bool shiftJis = false, bool fourByteGb = false)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return encoding is null ? null : new PdfPredefinedCMap(encoding, leadLow, leadHigh, shiftJis, fourByteGb);
    }
}
