using System.Text;
using System.Text.RegularExpressions;
using Ingest.Readers.Pdf.Limits;
using Ingest.Readers.Pdf.Structure;
using Ingest.Readers.Pdf.Objects;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Fonts;

/// <summary>Builds <see cref="PdfFont"/>s from font dictionaries: encodings, ToUnicode, widths, Type0 and Type3 specifics.</summary>
internal sealed partial class PdfFontLoader
{
    private readonly PdfObjectStore _store;
    private readonly Dictionary<object, PdfFont> _fonts = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a loader.</summary>
    /// <param name="store">The document's objects.</param>
    public PdfFontLoader(PdfObjectStore store) => _store = store;

    /// <summary>The fonts loaded so far.</summary>
    public IEnumerable<PdfFont> Fonts => _fonts.Values;

    /// <summary>The font for <paramref name="dictionary"/>, loaded once per document.</summary>
    /// <param name="dictionary">The font dictionary.</param>
    public PdfFont Load(PdfDictionary dictionary)
    {
        if (_fonts.TryGetValue(dictionary, out var font))
        {
            return font;
        }

        var id = _fonts.Count + 1;
        try
        {
            font = PdfValues.Name(_store.Get(dictionary, "Subtype")) == "Type0" ? LoadComposite(dictionary, id) : LoadSimple(dictionary, id);
        }
        catch (Parsing.PdfFormatException)
        {
            font = new PdfFont { Id = id, SimpleText = new string?[256], SimpleWidths = Enumerable.Repeat(500.0, 256).ToArray() };
        }

        _fonts[dictionary] = font;
        return font;
    }

    private PdfFont LoadSimple(PdfDictionary dictionary, int id)
    {
        var subtype = PdfValues.Name(_store.Get(dictionary, "Subtype"));
        var baseFont = StripSubset(PdfValues.Name(_store.Get(dictionary, "BaseFont")) ?? string.Empty);
        var descriptor = _store.ResolveDictionary(dictionary.Get("FontDescriptor"));
        var standard = descriptor?.ContainsKey("FontFile") == true || descriptor?.ContainsKey("FontFile2") == true || descriptor?.ContainsKey("FontFile3") == true
            ? null
            : PdfStandard14.Find(baseFont);
        var metrics = PdfStandard14.Find(baseFont);
        var flags = (int)PdfValues.Number(_store.Get(descriptor, "Flags"));
        var symbolic = (flags & 4) != 0;

        // Base encoding: the /Encoding name or /BaseEncoding, else the font's built-in one.
        var encodingValue = _store.Get(dictionary, "Encoding");
        var encodingDictionary = encodingValue as PdfDictionary;
        var names = PdfEncodings.ByName(PdfValues.Name(encodingValue) ?? PdfValues.Name(_store.Get(encodingDictionary, "BaseEncoding")));
        names ??= standard?.Name is "Symbol" or "ZapfDingbats" ? standard.Encoding : null;
        names ??= BuiltInType1Encoding(descriptor);
        names ??= LoadCff(descriptor)?.Encoding;
        names ??= metrics?.Name is "Symbol" or "ZapfDingbats" ? metrics.Encoding : null;
        names ??= subtype == "TrueType" && !symbolic ? PdfEncodings.ByName("WinAnsiEncoding") : PdfEncodings.Standard;
        names = (string?[])names!.Clone();
        var differenceNames = new string?[256];
        if (_store.Get(encodingDictionary, "Differences") is PdfArray differences)
        {
            var code = 0;
            foreach (var item in differences)
            {
                var value = _store.Resolve(item);
                if (PdfValues.IsNumber(value))
                {
                    code = (int)PdfValues.Number(value);
                }
                else if (PdfValues.Name(value) is { } name)
                {
                    if (code is >= 0 and < 256)
                    {
                        names[code] = name;
                        differenceNames[code] = name;
                    }

                    code++;
                }
            }
        }

        var text = new string?[256];
        for (var c = 0; c < 256; c++)
        {
            text[c] = names[c] is { } n ? PdfGlyphList.ToUnicode(n) ?? ZapfDingbatsText(metrics, n) ?? DecimalNameText(n) : null;

            // Type3 glyphs are procedures with names the producer made up (/mya, /a12); their codes are usually the
            // characters drawn, so an unknown name on a printable code reads as that character (Latin-1 above ASCII).
            if (text[c] is null && subtype == "Type3" && names[c] is { } made && Type3CodeIsText(c, made))
            {
                text[c] = ((char)c).ToString();
            }
        }

        if (subtype == "Type3")
        {
            TexTextEncoding.ReadBitmapFontText(differenceNames, text);
        }

        // Codes the encoding leaves without text: the embedded TrueType program's own cmap and glyph names may know them.
        // A symbolic TrueType font without /Encoding is read through its cmap alone (ISO 32000-1 §9.6.6.4), so there
        // the font's own meaning of a code comes before the standard encoding's.
        var fontDecides = subtype == "TrueType" && symbolic && encodingValue is null;
        if ((fontDecides || NeedsProgramText(names, text, dictionary)) && TrueTypeProgram(descriptor) is { } trueType)
        {
            if (fontDecides)
            {
                var fromFont = new string?[256];
                TrueTypeSimpleFontText.Fill(trueType, new string?[256], fromFont);
                for (var c = 0; c < 256; c++)
                {
                    text[c] = fromFont[c] ?? text[c];
                }
            }
            else
            {
                TrueTypeSimpleFontText.Fill(trueType, names, text);
            }
        }

        // A symbolic TrueType font without a usable encoding: its codes usually are plain Latin-1.
        if (subtype == "TrueType" && symbolic && encodingValue is null)
        {
            for (var c = 32; c < 256; c++)
            {
                text[c] ??= ((char)c).ToString();
            }
        }

        var toUnicode = LoadCMap(dictionary.Get("ToUnicode"));

        // Widths: /Widths from /FirstChar, else the standard metrics by glyph name.
        var widths = new double[256];
        var missing = PdfValues.Number(_store.Get(descriptor, "MissingWidth"), 0);
        var hasWidths = _store.Get(dictionary, "Widths") is PdfArray { Count: > 0 };
        var first = (int)PdfValues.Number(_store.Get(dictionary, "FirstChar"));
        var widthArray = _store.Get(dictionary, "Widths") as PdfArray;
        for (var c = 0; c < 256; c++)
        {
            double w = -1;
            if (widthArray is not null && c >= first && c - first < widthArray.Count)
            {
                w = PdfValues.Number(_store.Resolve(widthArray[c - first]), -1);
            }

            if (w < 0 && metrics is not null && names[c] is { } n && metrics.Widths.TryGetValue(n, out var mw))
            {
                w = mw;
            }

            widths[c] = w >= 0 ? w : (hasWidths || missing > 0 ? missing : 500);
        }

        if (subtype == "Type3" && !hasWidths)
        {
            ReadType3ProcedureWidths(dictionary, names, widths);
        }

        double widthScale = 0.001, sizeScale = 1;
        if (subtype == "Type3" && _store.Get(dictionary, "FontMatrix") is PdfArray { Count: 6 } matrix)
        {
            widthScale = PdfValues.Number(_store.Resolve(matrix[0]), 0.001);
            if (widthScale == 0 || !double.IsFinite(widthScale))
            {
                widthScale = 0.001;
            }

            sizeScale = Type3SizeScale(PdfValues.Number(_store.Resolve(matrix[3]), 0.001), _store.Get(dictionary, "FontBBox") as PdfArray);
        }

        var font = new PdfFont
        {
            Id = id,
            Name = baseFont,
            IsBold = IsBold(baseFont, descriptor) || metrics?.IsBold == true,
            IsItalic = IsItalic(baseFont, descriptor) || metrics?.IsItalic == true,
            SimpleText = text,
            SimpleWidths = widths,
            ToUnicode = toUnicode,
            WidthScale = widthScale,
            SizeScale = sizeScale,
            DefaultWidth = missing > 0 ? missing : 500,
        };
        var spaceCode = Array.FindIndex(text, t => t == " ");
        font.SpaceWidth = spaceCode >= 0 && widths[spaceCode] > 0 ? widths[spaceCode] : AverageWidth(widths) * 0.5;
        if (subtype == "Type3")
        {
            font.SpaceWidth = spaceCode >= 0 && widths[spaceCode] > 0 ? widths[spaceCode] : AverageWidth(widths) * 0.5;
        }

        return font;
    }

    private PdfFont LoadComposite(PdfDictionary dictionary, int id)
    {
        var baseFont = StripSubset(PdfValues.Name(_store.Get(dictionary, "BaseFont")) ?? string.Empty);
        var descendants = _store.Get(dictionary, "DescendantFonts") as PdfArray;
        var cidFont = descendants is { Count: > 0 } ? _store.ResolveDictionary(descendants[0]) : null;
        var descriptor = _store.ResolveDictionary(cidFont?.Get("FontDescriptor"));

        var encodingValue = _store.Resolve(dictionary.Get("Encoding"));
        // An embedded CMap keeps its predefined name in /CMapName: an embedded Uni…-UCS2 CMap still means Unicode codes.
        var encodingName = PdfValues.Name(encodingValue)
            ?? (encodingValue is PdfStream cmapStream ? PdfValues.Name(_store.Get(cmapStream.Dictionary, "CMapName")) : null)
            ?? string.Empty;
        PdfCMap? encoding = encodingValue is PdfStream ? LoadCMap(encodingValue) : null;
        var codesAreUnicode = encodingName.StartsWith("Uni", StringComparison.Ordinal)
            && (encodingName.Contains("UCS2", StringComparison.Ordinal) || encodingName.Contains("UTF16", StringComparison.Ordinal));

        // /W: c [w1 w2 ...] or cFirst cLast w.
        var widths = new PdfIntMap<double>();
        if (_store.Get(cidFont, "W") is PdfArray w)
        {
            for (var i = 0; i < w.Count && widths.Count < 200_000;)
            {
                var first = (int)PdfValues.Number(_store.Resolve(w[i]), -1);
                var next = i + 1 < w.Count ? _store.Resolve(w[i + 1]) : null;
                if (next is PdfArray list)
                {
                    for (var k = 0; k < list.Count; k++)
                    {
                        widths[first + k] = PdfValues.Number(_store.Resolve(list[k]));
                    }

                    i += 2;
                }
                else if (i + 2 < w.Count)
                {
                    var last = (int)PdfValues.Number(next, -1);
                    var width = PdfValues.Number(_store.Resolve(w[i + 2]));
                    for (var c = first; c <= last && c - first < 65536; c++)
                    {
                        widths[c] = width;
                    }

                    i += 3;
                }
                else
                {
                    break;
                }
            }
        }

        var defaultWidth = PdfValues.Number(_store.Get(cidFont, "DW"), 1000);
        ushort[]? cidToGid = null;
        if (_store.Get(cidFont, "CIDToGIDMap") is PdfStream map && SafeDecode(map) is { } mapData)
        {
            cidToGid = new ushort[mapData.Length / 2];
            for (var i = 0; i < cidToGid.Length; i++)
            {
                cidToGid[i] = (ushort)((mapData[2 * i] << 8) | mapData[(2 * i) + 1]);
            }
        }

        var toUnicode = LoadCMap(dictionary.Get("ToUnicode"));
        Dictionary<int, string>? glyphText = null;
        if ((toUnicode is null || toUnicode.UnicodeMappingCount == 0) && !codesAreUnicode)
        {
            glyphText = CompositeGlyphText(descriptor);
        }

        var font = new PdfFont
        {
            Id = id,
            Name = baseFont,
            IsComposite = true,
            IsVertical = encodingName.EndsWith("-V", StringComparison.Ordinal),
            IsBold = IsBold(baseFont, descriptor),
            IsItalic = IsItalic(baseFont, descriptor),
            ToUnicode = toUnicode,
            Encoding = encoding,
            CodesAreUnicode = codesAreUnicode,
            PredefinedEncoding = encoding is null && !codesAreUnicode ? PdfPredefinedCMap.Find(encodingName) : null,
            CidWidths = widths,
            DefaultWidth = defaultWidth,
            CidToGid = cidToGid,
            GlyphText = glyphText,
        };
        var spaceCode = toUnicode?.FindCode(" ");
        font.SpaceWidth = spaceCode is { } sc ? font.WidthOf(sc) : widths.Count > 0 ? Average(widths) * 0.5 : defaultWidth * 0.3;
        if (font.SpaceWidth <= 0)
        {
            font.SpaceWidth = 250;
        }

        return font;
    }

    /// <summary>
    /// A Type3 font without <c>/Widths</c>: each glyph procedure starts with its advance (<c>wx wy d0</c> or
    /// <c>wx wy llx lly urx ury d1</c>) in the font's glyph space, which a default of 500 units would be wrong for
    /// whenever the font matrix is not the usual 1/1000.
    /// </summary>
    private void ReadType3ProcedureWidths(PdfDictionary dictionary, string?[] names, double[] widths)
    {
        if (_store.Get(dictionary, "CharProcs") is not PdfDictionary procedures)
        {
            return;
        }

        for (var c = 0; c < 256; c++)
        {
            if (names[c] is { } name && _store.Resolve(procedures.Get(name)) is PdfStream procedure && SafeDecode(procedure) is { } data
                && ProcedureWidth(data) is { } width)
            {
                widths[c] = width;
            }
        }
    }

    private static double? ProcedureWidth(byte[] data)
    {
        var lexer = new Parsing.PdfLexer(data);
        double? first = null;
        for (var i = 0; i < 8; i++)
        {
            var kind = lexer.Next();
            if (kind is Parsing.PdfTokenKind.Integer or Parsing.PdfTokenKind.Real)
            {
                first ??= lexer.Number;
            }
            else
            {
                return kind == Parsing.PdfTokenKind.Keyword && (lexer.IsKeyword("d0"u8) || lexer.IsKeyword("d1"u8)) && first is >= 0 ? first : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an unknown Type3 glyph name on <paramref name="code"/> stands for the character of its code: the code is
    /// printable (ASCII or Latin-1) and the name looks made up by the producer (short, or numbered, like /a12, /g7,
    /// /mya) rather than describing a symbol the glyph list does not know (/sharp, /flat, /noteheadBlack), whose code
    /// is no letter.
    /// </summary>
    private static bool Type3CodeIsText(int code, string name)
        => code is (> 0x20 and < 0x7F) or (> 0xA0 and <= 0xFF)
            && (name.Length <= 3 || name.AsSpan().IndexOfAnyInRange('0', '9') >= 0);

    /// <summary>
    /// The height of a Type3 font's glyphs in ems of the font size: its bounding box scaled by the font matrix.
    /// A Type3 glyph space has no em of its own, so only a plausible box (a quarter to four ems) is believed; an empty
    /// or oversized one (many producers write [0 0 1000 1000] whatever the matrix) counts as one em.
    /// </summary>
    private double Type3SizeScale(double verticalScale, PdfArray? box)
    {
        if (box is not { Count: 4 } || !double.IsFinite(verticalScale))
        {
            return 1;
        }

        var height = Math.Abs(PdfValues.Number(_store.Resolve(box[3])) - PdfValues.Number(_store.Resolve(box[1]))) * Math.Abs(verticalScale);
        return double.IsFinite(height) && height is >= 0.25 and <= 4 ? height : 1;
    }

    private PdfCMap? LoadCMap(object? value)
    {
        if (_store.Resolve(value) is not PdfStream stream || SafeDecode(stream) is not { } data)
        {
            return null;
        }

        return PdfCMap.Parse(data, _store.Budget.Check);
    }

    /// <summary>
    /// A font resource's decoded bytes, or null when its stream is damaged or inflates past the limit: a broken font
    /// program, CMap or CIDToGIDMap only loses what it would have added, not the font.
    /// </summary>
    private byte[]? SafeDecode(PdfStream stream)
    {
        try
        {
            return _store.Decode(stream);
        }
        catch (PdfLimitExceededException ex) when (ex.Code == "pdf.limit.decompression")
        {
            return null;
        }
        catch (Parsing.PdfFormatException)
        {
            return null;
        }
    }

    private string?[]? BuiltInType1Encoding(PdfDictionary? descriptor)
    {
        if (_store.Get(descriptor, "FontFile") is not PdfStream stream || SafeDecode(stream) is not { } program)
        {
            return null;
        }

        var length = (int)Math.Min(program.Length, PdfValues.Number(_store.Get(stream.Dictionary, "Length1"), program.Length));
        var text = Encoding.Latin1.GetString(program, 0, Math.Max(0, length));
        if (text.Contains("/Encoding StandardEncoding", StringComparison.Ordinal))
        {
            return PdfEncodings.Standard;
        }

        string?[]? names = null;
        foreach (Match match in DupPattern().Matches(text))
        {
            names ??= new string?[256];
            var code = int.Parse(match.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            if (code is >= 0 and < 256)
            {
                names[code] = match.Groups[2].Value;
            }
        }

        return names;
    }

    /// <summary>
    /// Glyph ids to Unicode from a CID font's embedded program: the inverted Unicode cmap of a TrueType/OpenType program,
    /// completed by its <c>post</c> glyph names, or the charset glyph names of a name-keyed CFF program (whose glyph
    /// ids are the CIDs).
    /// </summary>
    private Dictionary<int, string>? CompositeGlyphText(PdfDictionary? descriptor)
    {
        if (TrueTypeProgram(descriptor) is { } program)
        {
            var glyphText = TrueTypeCmapReader.ReadGlyphToUnicode(program);
            if (TrueTypePostReader.ReadGlyphNames(program) is { } postNames)
            {
                for (var gid = 1; gid < postNames.Length; gid++)
                {
                    if (!glyphText.ContainsKey(gid) && postNames[gid] is { } name && PdfGlyphList.ToUnicode(name) is { } text)
                    {
                        glyphText[gid] = text;
                    }
                }
            }

            return glyphText;
        }

        if (LoadCff(descriptor) is { IsCidKeyed: false } cff)
        {
            var glyphText = new Dictionary<int, string>();
            for (var gid = 1; gid < cff.GlyphNames.Length; gid++)
            {
                if (cff.GlyphNames[gid] is { } name && PdfGlyphList.ToUnicode(name) is { } text)
                {
                    glyphText[gid] = text;
                }
            }

            return glyphText;
        }

        return null;
    }

    /// <summary>
    /// True when some code has a glyph name without text and, where /Widths are given, a width: only then is the font
    /// program worth decoding.
    /// </summary>
    private bool NeedsProgramText(string?[] names, string?[] text, PdfDictionary dictionary)
    {
        var widths = _store.Get(dictionary, "Widths") as PdfArray;
        var first = (int)PdfValues.Number(_store.Get(dictionary, "FirstChar"));
        for (var c = 0; c < text.Length; c++)
        {
            if (text[c] is not null || names[c] is null)
            {
                continue;
            }

            if (widths is null || (c >= first && c - first < widths.Count && PdfValues.Number(_store.Resolve(widths[c - first])) > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The decoded TrueType or OpenType program of a font descriptor (FontFile2, or FontFile3 /OpenType), or null.</summary>
    private byte[]? TrueTypeProgram(PdfDictionary? descriptor)
    {
        if (_store.Get(descriptor, "FontFile2") is PdfStream fontFile2)
        {
            return SafeDecode(fontFile2);
        }

        return _store.Get(descriptor, "FontFile3") is PdfStream fontFile3 && PdfValues.Name(_store.Get(fontFile3.Dictionary, "Subtype")) == "OpenType"
            ? SafeDecode(fontFile3)
            : null;
    }

    /// <summary>The parsed CFF program of a font descriptor (FontFile3 /Type1C or /CIDFontType0C), or null.</summary>
    private CffFontProgram? LoadCff(PdfDictionary? descriptor)
    {
        if (_store.Get(descriptor, "FontFile3") is not PdfStream stream
            || PdfValues.Name(_store.Get(stream.Dictionary, "Subtype")) is not ("Type1C" or "CIDFontType0C")
            || SafeDecode(stream) is not { } program)
        {
            return null;
        }

        return CffFontProgram.Parse(program);
    }

    /// <summary>
    /// The character a producer's decimal glyph name stands for: <c>C0084</c> or <c>c84</c> is character 84 (as
    /// Poppler and pdf.js read them). Only printable one-byte values count: the names number a simple font's codes.
    /// </summary>
    private static string? DecimalNameText(string name)
    {
        if (name.Length is < 3 or > 6 || name[0] is not ('C' or 'c'))
        {
            return null;
        }

        var value = 0;
        for (var i = 1; i < name.Length; i++)
        {
            if (!char.IsAsciiDigit(name[i]))
            {
                return null;
            }

            value = (value * 10) + (name[i] - '0');
        }

        return value is >= 0x20 and <= 0xFF && !char.IsControl((char)value) ? ((char)value).ToString() : null;
    }

    // The ZapfDingbats names have their own glyph list; a name outside it still stands for a symbol, read as a bullet.
    private static string? ZapfDingbatsText(PdfStandard14Font? metrics, string name)
        => metrics?.Name == "ZapfDingbats" && name.Length > 1 && name[0] == 'a' ? PdfDingbatsGlyphList.ToUnicode(name) ?? "\u2022" : null;

    /// <summary>The mean of the widths, summed in the order they were given.</summary>
    private static double Average(PdfIntMap<double> widths)
    {
        var sum = 0.0;
        for (var i = 0; i < widths.Count; i++)
        {
            sum += widths.ValueAt(i);
        }

        return sum / widths.Count;
    }

    private static double AverageWidth(double[] widths)
    {
        double sum = 0;
        var n = 0;
        foreach (var w in widths)
        {
            if (w > 0)
            {
                sum += w;
                n++;
            }
        }

        return n == 0 ? 500 : sum / n;
    }

    private bool IsBold(string name, PdfDictionary? descriptor)
    {
        var flags = (int)PdfValues.Number(_store.Get(descriptor, "Flags"));
        return (flags & 0x40000) != 0
            || PdfValues.Number(_store.Get(descriptor, "FontWeight")) >= 600
            || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Demi", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsItalic(string name, PdfDictionary? descriptor)
    {
        var flags = (int)PdfValues.Number(_store.Get(descriptor, "Flags"));
        return (flags & 0x40) != 0
            || PdfValues.Number(_store.Get(descriptor, "ItalicAngle")) != 0
            || name.Contains("Italic", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
    }

    private static string StripSubset(string name) => name.Length > 7 && name[6] == '+' ? name[7..] : name;

    [GeneratedRegex(@"dup\s+(\d{1,3})\s*/([^\s/\[\]{}()<>]+)\s+put")]
    private static partial Regex DupPattern();
}
