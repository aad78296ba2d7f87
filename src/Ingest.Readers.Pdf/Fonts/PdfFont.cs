using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>
/// A loaded font, ready for showing text: how codes are read from strings, their Unicode text and their widths.
/// Built by <see cref="PdfFontLoader"/>.
/// </summary>
internal sealed class PdfFont
{
    // The text of each code looked up so far: one-byte codes in an array (most fonts have no others), the rest in a map
    // of this assembly (ReadyToRun precompiles it; the framework's dictionary over uint keys was jitted in every host).
    private readonly string?[] _byteText = new string?[256];
    private readonly bool[] _byteKnown = new bool[256];
    private PdfIntMap<string?>? _wideText;

    /// <summary>Identifies the font within a document.</summary>
    public int Id { get; init; }

    /// <summary>The /BaseFont name without subset prefix.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>True for composite (Type0) fonts.</summary>
    public bool IsComposite { get; init; }

    /// <summary>True for vertical writing (Identity-V and other -V CMaps).</summary>
    public bool IsVertical { get; init; }

    /// <summary>True when the font is bold.</summary>
    public bool IsBold { get; init; }

    /// <summary>True when the font is italic.</summary>
    public bool IsItalic { get; init; }

    /// <summary>The factor from glyph widths to text space: 0.001, or the font matrix's for Type3 fonts.</summary>
    public double WidthScale { get; init; } = 0.001;

    /// <summary>The vertical size factor relative to a 1000-unit em: 1, or derived from a Type3 font matrix.</summary>
    public double SizeScale { get; init; } = 1;

    /// <summary>The width of a space in glyph units.</summary>
    public double SpaceWidth { get; set; } = 250;

    /// <summary>Simple fonts: Unicode text by code.</summary>
    public string?[]? SimpleText { get; init; }

    /// <summary>Simple fonts: widths by code in glyph units.</summary>
    public double[]? SimpleWidths { get; init; }

    /// <summary>The ToUnicode CMap.</summary>
    public PdfCMap? ToUnicode { get; init; }

    /// <summary>Composite fonts: the encoding CMap (null for Identity).</summary>
    public PdfCMap? Encoding { get; init; }

    /// <summary>Composite fonts: true when codes are UTF-16 (predefined <c>Uni…-UCS2</c>/<c>UTF16</c> CMaps).</summary>
    public bool CodesAreUnicode { get; init; }

    /// <summary>Composite fonts: the predefined legacy CJK CMap named as the encoding (<c>GBK-EUC-H</c>), when no CMap stream is given.</summary>
    public PdfPredefinedCMap? PredefinedEncoding { get; init; }

    /// <summary>Composite fonts: widths by CID.</summary>
    public PdfIntMap<double>? CidWidths { get; init; }

    /// <summary>Composite fonts: the default width.</summary>
    public double DefaultWidth { get; init; } = 1000;

    /// <summary>Composite fonts: glyph ids by CID, when a /CIDToGIDMap stream gives them.</summary>
    public ushort[]? CidToGid { get; init; }

    /// <summary>Unicode by glyph id from the embedded font's own cmap: the last-resort mapping.</summary>
    public Dictionary<int, string>? GlyphText { get; init; }

    /// <summary>Reads one code from <paramref name="bytes"/> at <paramref name="position"/>; returns the bytes consumed.</summary>
    /// <param name="bytes">The string.</param>
    /// <param name="position">The position.</param>
    /// <param name="code">The code.</param>
    public int ReadCode(ReadOnlySpan<byte> bytes, int position, out uint code)
    {
        if (!IsComposite)
        {
            code = bytes[position];
            return 1;
        }

        if (Encoding is { HasCodeSpaces: true } cmap)
        {
            return cmap.ReadCode(bytes, position, 2, out code);
        }

        if (PredefinedEncoding is { } predefined)
        {
            return predefined.ReadCode(bytes, position, out code);
        }

        if (position + 1 < bytes.Length)
        {
            code = (uint)((bytes[position] << 8) | bytes[position + 1]);
            return 2;
        }

        code = bytes[position];
        return 1;
    }

    /// <summary>The Unicode text of <paramref name="code"/> (ligatures expanded), or <see langword="null"/> when unmapped.</summary>
    /// <param name="code">The code.</param>
    public string? TextOf(uint code)
    {
        if (code < 256)
        {
            if (!_byteKnown[code])
            {
                _byteText[code] = MapExpanded(code);
                _byteKnown[code] = true;
            }

            return _byteText[code];
        }

        _wideText ??= new PdfIntMap<string?>();
        if (_wideText.TryGetValue(unchecked((int)code), out var cached))
        {
            return cached;
        }

        var text = MapExpanded(code);
        _wideText[unchecked((int)code)] = text;
        return text;
    }

    /// <summary>The width of <paramref name="code"/> in glyph units.</summary>
    /// <param name="code">The code.</param>
    public double WidthOf(uint code)
    {
        if (!IsComposite)
        {
            return SimpleWidths is not null && code < 256 ? SimpleWidths[code] : DefaultWidth;
        }

        if (PredefinedEncoding is not null)
        {
            // Without the CMap's data the CID is unknown; one-byte codes are ASCII, which the Adobe character
            // collections put at CIDs 1 to 95 in their proportional forms. Other codes take the default width.
            return code is >= 0x20 and < 0x7F && CidWidths is not null && CidWidths.TryGetValue((int)code - 31, out var ascii) ? ascii : DefaultWidth;
        }

        var cid = Cid(code);
        return CidWidths is not null && CidWidths.TryGetValue(cid, out var w) ? w : DefaultWidth;
    }

    /// <summary>The CID of a composite font's code.</summary>
    /// <param name="code">The code.</param>
    public int Cid(uint code)
    {
        if (Encoding is { HasCidMappings: true } cmap)
        {
            var cid = cmap.ToCid(code);
            return cid >= 0 ? cid : 0;
        }

        return (int)code;
    }

    private string? MapExpanded(uint code) => Map(code) is { } text ? ExpandLigatures(text) : null;

    private string? Map(uint code)
    {
        var text = ToUnicode?.Lookup(code);
        if (!string.IsNullOrEmpty(text) && text != "\0")
        {
            return text;
        }

        if (!IsComposite)
        {
            return code < 256 ? SimpleText?[code] : null;
        }

        if (PredefinedEncoding is { } predefined)
        {
            return predefined.TextOf(code);
        }

        if (CodesAreUnicode)
        {
            return code <= 0xFFFF ? ((char)code).ToString() : null;
        }

        var cid = Cid(code);
        if (GlyphText is not null)
        {
            var gid = CidToGid is not null ? (cid < CidToGid.Length ? CidToGid[cid] : 0) : cid;
            if (GlyphText.TryGetValue(gid, out var fromFont))
            {
                return fromFont;
            }
        }

        return null;
    }

    private static string ExpandLigatures(string text)
    {
        if (text.Length != 1 || text[0] is < '\uFB00' or > '\uFB06')
        {
            return text;
        }

        return text[0] switch
        {
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\uFB03' => "ffi",
            '\uFB04' => "ffl",
            _ => "st",
        };
    }
}
