using System.Runtime.CompilerServices;
using Ingest.Normalizers;
using Ingest.Readers.Pdf.Collections;
using Ingest.Readers.Pdf.Structure;
using Ingest.Readers.Pdf.Fonts;
using Ingest.Readers.Pdf.Layout;
using Ingest.Readers.Pdf.Limits;
using Ingest.Readers.Pdf.Objects;
using Ingest.Readers.Pdf.Parsing;

namespace Ingest.Readers.Pdf.Content;

/// <summary>
/// Runs page content streams and records every shown glyph with its position, advance, size and angle
/// in upright page space. Form XObjects are followed with a loop guard; <c>/ActualText</c> replaces the glyphs it covers.
/// </summary>
/// <remarks>
/// The glyphs of every page live in a glyph store kept from document to document and stay valid until the interpreter
/// is disposed: the pages of a document run to thousands of glyphs each, and fresh arrays of that size went to the
/// large-object heap and cost a full collection every few documents.
/// </remarks>
internal sealed class PdfContentInterpreter : IDisposable
{
    private const int MaxFormDepth = 24;
    private const int MaxOperands = 4096;

    /// <summary>
    /// The most operators one page may run, counted across its nested forms: a few kilobytes of forms that draw each
    /// other many times multiply into billions of operators, which no real page needs.
    /// </summary>
    internal const int MaxPageOperations = 4_000_000;

    /// <summary>How many operators run between two checks of the time budget and cancellation.</summary>
    private const int CheckInterval = 256;

    /// <summary>The largest glyph list kept for a later document.</summary>
    private const int MaxCachedGlyphs = 1 << 16;

    // The pages' readable glyphs, kept with their slabs for the next document.
    private static readonly SpareInstances<PdfGlyphStore> SpareGlyphStores = new();

    // The glyphs of the page being interpreted, reused for every page and, through the spares, every document.
    private static readonly SpareInstances<PdfValueList<PdfGlyph>> SpareGlyphLists = new();

    private readonly PdfObjectStore _store;
    private readonly PdfFontLoader _fonts;
    private readonly PdfValueList<PdfOperand> _operands = new();
    private readonly PdfValueList<PdfGraphicsState> _stack = new();
    private readonly PdfValueList<PdfMarkedContent> _marked = new();
    private readonly HashSet<object> _activeForms = new(ReferenceEqualityComparer.Instance);
    private readonly PdfValueList<PdfGlyph> _glyphs;
    private readonly PdfGlyphStore _pageGlyphs;
    private readonly PdfNameCache _names = new();

    // Each form's content, decoded once per document: a form drawn many times is neither decoded nor charged again.
    private readonly Dictionary<PdfStream, byte[]?> _formContent = new(ReferenceEqualityComparer.Instance);
    private int _operations;
    private bool _disposed;
    private PdfGraphicsState _state;
    private PdfMatrix _textMatrix;
    private PdfMatrix _lineMatrix;
    private int _sequence;

    // The last text matrix's first column (as bits) and what ScaleAndAngle computed from it.
    private bool _rotationKnown;
    private long _rotationA;
    private long _rotationB;
    private double _rotationXScale;
    private double _rotationAngle;

    /// <summary>Creates an interpreter for one document.</summary>
    /// <param name="store">The document's objects.</param>
    /// <param name="fonts">The document's fonts.</param>
    public PdfContentInterpreter(PdfObjectStore store, PdfFontLoader fonts)
    {
        _store = store;
        _fonts = fonts;
        _glyphs = SpareGlyphLists.Take() ?? new PdfValueList<PdfGlyph>();
        _pageGlyphs = SpareGlyphStores.Take() ?? new PdfGlyphStore();
    }

    /// <summary>Glyphs shown without any Unicode mapping, over all pages so far.</summary>
    public int UnmappedGlyphs { get; private set; }

    /// <summary>Glyphs shown, over all pages so far.</summary>
    public int TotalGlyphs { get; private set; }

    /// <summary>
    /// Why the last page interpreted is incomplete (a limit's code and message), or <see langword="null"/> when all of
    /// its content was run: forms nested past the depth limit, or more operators than a page may run.
    /// </summary>
    public (string Code, string Message)? PageShortfall { get; private set; }

    /// <summary>True when the document's memory bound was reached: no further page may be read.</summary>
    public bool MemoryBoundReached { get; private set; }

    /// <summary>Interprets a page's content into the glyphs that layout can use (with text, at finite positions).</summary>
    /// <param name="page">The page.</param>
    public PdfPageGlyphs Interpret(PdfPage page)
    {
        _glyphs.Clear();
        _stack.Clear();
        _marked.Clear();
        _activeForms.Clear();
        _sequence = 0;
        _operations = 0;
        PageShortfall = null;
        _state = new PdfGraphicsState { Ctm = page.PageTransform, HorizontalScale = 1 };
        _textMatrix = _lineMatrix = PdfMatrix.Identity;
        var content = ReadContents(_store.Get(page.Dictionary, "Contents"));
        if (content.Length > 0)
        {
            try
            {
                Run(content, page.Resources, 0);
            }
            catch (PdfLimitExceededException ex) when (ex.Code is OperationsCode or MemoryCode)
            {
                // The glyphs shown so far are kept (they are within the bound); the page is reported incomplete, and
                // past the memory bound no further page is read.
                PageShortfall = (ex.Code, ex.Message);
                MemoryBoundReached = ex.Code == MemoryCode;
            }
        }

        return new PdfPageGlyphs(page.Number, page.Width, page.Height, ReadableGlyphs());
    }

    /// <summary>
    /// The page's glyphs that layout can use: unmapped glyphs carry no text (they are counted in a diagnostic), and
    /// glyphs at non-finite positions come from degenerate matrices.
    /// </summary>
    private PdfGlyphRun ReadableGlyphs()
    {
        var glyphs = _glyphs.AsSpan();
        var count = 0;
        foreach (ref readonly var glyph in glyphs)
        {
            count += IsReadable(glyph) ? 1 : 0;
        }

        if (count == 0)
        {
            return PdfGlyphRun.Empty;
        }

        var readable = _pageGlyphs.Reserve(count, out var start);
        var n = start;
        foreach (ref readonly var glyph in glyphs)
        {
            if (IsReadable(glyph))
            {
                readable[n++] = glyph;
            }
        }

        return new PdfGlyphRun(readable, start, count);
    }

    /// <summary>Gives the pages' glyph store back for the next document: the glyphs of every page interpreted are invalid afterwards.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            // A second dispose must not clear a store that another document has taken since.
            return;
        }

        _disposed = true;
        _pageGlyphs.Reset();
        SpareGlyphStores.GiveBack(_pageGlyphs);
        _glyphs.Clear();
        if (_glyphs.Capacity <= MaxCachedGlyphs)
        {
            SpareGlyphLists.GiveBack(_glyphs);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsReadable(in PdfGlyph glyph) => glyph.Text.Length > 0 && double.IsFinite(glyph.X) && double.IsFinite(glyph.Y)
        && double.IsFinite(glyph.Advance) && double.IsFinite(glyph.FontSize);

    private byte[] ReadContents(object? contents)
    {
        if (contents is PdfStream stream)
        {
            return _store.Decode(stream) ?? Array.Empty<byte>();
        }

        if (contents is not PdfArray array)
        {
            return Array.Empty<byte>();
        }

        // Several streams are one content stream: tokens may continue across their boundaries.
        using var buffer = new MemoryStream();
        foreach (var item in array)
        {
            if (_store.Resolve(item) is PdfStream part && _store.Decode(part) is { } data)
            {
                buffer.Write(data);
                buffer.WriteByte((byte)'\n');
            }
        }

        return buffer.ToArray();
    }

    private void Run(byte[] content, PdfDictionary? resources, int depth)
    {
        var lexer = new PdfLexer(content);
        var parser = new PdfObjectParser(lexer);
        _operands.Clear();
        while (true)
        {
            var kind = lexer.Next();
            switch (kind)
            {
                case PdfTokenKind.EndOfData:
                    return;
                case PdfTokenKind.Integer or PdfTokenKind.Real:
                    Push(lexer.Number, null);
                    break;
                case PdfTokenKind.Name:
                    Push(0, _names.Current(lexer));
                    break;
                case PdfTokenKind.LiteralString or PdfTokenKind.HexString:
                    Push(0, new PdfString(lexer.StringValue()));
                    break;
                case PdfTokenKind.ArrayStart or PdfTokenKind.DictionaryStart:
                    try
                    {
                        Push(0, parser.ParseCurrent(kind, 0));
                    }
                    catch (PdfFormatException)
                    {
                        _operands.Clear();
                    }

                    break;
                case PdfTokenKind.Keyword:
                    CountOperation();
                    var op = lexer.TokenBytes;
                    if (op.SequenceEqual("BI"u8))
                    {
                        SkipInlineImage(lexer);
                    }
                    else
                    {
                        Execute(op, resources, depth);
                    }

                    _operands.Clear();
                    break;
                default:
                    break;
            }
        }
    }

    private const string OperationsCode = "pdf.limit.page-operations";
    private const string MemoryCode = "pdf.limit.memory";

    /// <summary>
    /// Counts one operator of the page, nested forms included, and checks the time budget and cancellation every
    /// <see cref="CheckInterval"/> operators, so a page of tiny nested forms is checked as often as a long stream.
    /// </summary>
    private void CountOperation()
    {
        if (++_operations % CheckInterval == 0)
        {
            _store.Budget.Check();
            if (_operations > MaxPageOperations)
            {
                throw new PdfLimitExceededException(OperationsCode, $"The page ran more than {MaxPageOperations} operators (nested forms included); the rest of it was not read.");
            }
        }
    }

    private void Push(double number, object? value)
    {
        if (_operands.Count >= MaxOperands)
        {
            _operands.Clear();
        }

        _operands.Add(new PdfOperand(number, value));
    }

    private double Num(int index) => index < _operands.Count ? _operands[index].Number : 0;

    private void Execute(ReadOnlySpan<byte> op, PdfDictionary? resources, int depth)
    {
        var n = _operands.Count;
        switch (op.Length)
        {
            case 1:
                switch (op[0])
                {
                    case (byte)'q':
                        if (_stack.Count < 1024)
                        {
                            _stack.Push(_state);
                        }

                        return;
                    case (byte)'Q':
                        if (_stack.Count > 0)
                        {
                            _state = _stack.Pop();
                        }

                        return;
                    case (byte)'\'':
                        NextLine();
                        if (n >= 1)
                        {
                            ShowString(_operands[n - 1].Value as PdfString);
                        }

                        return;
                    case (byte)'"':
                        if (n >= 3)
                        {
                            _state.WordSpacing = Num(n - 3);
                            _state.CharacterSpacing = Num(n - 2);
                            NextLine();
                            ShowString(_operands[n - 1].Value as PdfString);
                        }

                        return;
                }

                return;
            case 2:
                ExecuteTwo(op, resources, depth, n);
                return;
            case 3:
                if (op.SequenceEqual("BDC"u8))
                {
                    BeginMarked(n >= 1 ? _operands[n - 1].Value : null, resources);
                }
                else if (op.SequenceEqual("BMC"u8))
                {
                    _marked.Push(new PdfMarkedContent(null, _glyphs.Count));
                }
                else if (op.SequenceEqual("EMC"u8))
                {
                    EndMarked();
                }

                return;
        }
    }

    private void ExecuteTwo(ReadOnlySpan<byte> op, PdfDictionary? resources, int depth, int n)
    {
        switch ((char)op[0], (char)op[1])
        {
            case ('c', 'm') when n >= 6:
                _state.Ctm = new PdfMatrix(Num(n - 6), Num(n - 5), Num(n - 4), Num(n - 3), Num(n - 2), Num(n - 1)).Multiply(_state.Ctm);
                break;
            case ('B', 'T'):
                _textMatrix = _lineMatrix = PdfMatrix.Identity;
                break;
            case ('T', 'm') when n >= 6:
                _textMatrix = _lineMatrix = new PdfMatrix(Num(n - 6), Num(n - 5), Num(n - 4), Num(n - 3), Num(n - 2), Num(n - 1));
                break;
            case ('T', 'd') when n >= 2:
                MoveLine(Num(n - 2), Num(n - 1));
                break;
            case ('T', 'D') when n >= 2:
                _state.Leading = -Num(n - 1);
                MoveLine(Num(n - 2), Num(n - 1));
                break;
            case ('T', '*'):
                NextLine();
                break;
            case ('T', 'c') when n >= 1:
                _state.CharacterSpacing = Num(n - 1);
                break;
            case ('T', 'w') when n >= 1:
                _state.WordSpacing = Num(n - 1);
                break;
            case ('T', 'z') when n >= 1:
                _state.HorizontalScale = Num(n - 1) / 100;
                break;
            case ('T', 'L') when n >= 1:
                _state.Leading = Num(n - 1);
                break;
            case ('T', 's') when n >= 1:
                _state.Rise = Num(n - 1);
                break;
            case ('T', 'r') when n >= 1:
                _state.RenderMode = (int)Num(n - 1);
                break;
            case ('T', 'f') when n >= 2:
                _state.FontSize = Num(n - 1);
                _state.Font = LoadFont(resources, (_operands[n - 2].Value as PdfName)?.Value);
                break;
            case ('T', 'j') when n >= 1:
                ShowString(_operands[n - 1].Value as PdfString);
                break;
            case ('T', 'J') when n >= 1:
                ShowArray(_operands[n - 1].Value as PdfArray);
                break;
            case ('D', 'o') when n >= 1:
                DrawXObject((_operands[n - 1].Value as PdfName)?.Value, resources, depth);
                break;
            case ('g', 's') when n >= 1:
                ApplyExtGState((_operands[n - 1].Value as PdfName)?.Value, resources);
                break;
        }
    }

    private PdfFont? LoadFont(PdfDictionary? resources, string? name)
    {
        if (name is null || _store.Get(resources, "Font") is not PdfDictionary fonts || _store.ResolveDictionary(fonts.Get(name)) is not { } dictionary)
        {
            return _state.Font;
        }

        return _fonts.Load(dictionary);
    }

    private void ApplyExtGState(string? name, PdfDictionary? resources)
    {
        if (name is null || _store.Get(resources, "ExtGState") is not PdfDictionary states
            || _store.ResolveDictionary(states.Get(name)) is not { } state
            || _store.Get(state, "Font") is not PdfArray { Count: 2 } font
            || _store.ResolveDictionary(font[0]) is not { } fontDictionary)
        {
            return;
        }

        _state.Font = _fonts.Load(fontDictionary);
        _state.FontSize = PdfValues.Number(_store.Resolve(font[1]), _state.FontSize);
    }

    private void MoveLine(double tx, double ty)
    {
        _lineMatrix = PdfMatrix.Translation(tx, ty).Multiply(_lineMatrix);
        _textMatrix = _lineMatrix;
    }

    private void NextLine() => MoveLine(0, -_state.Leading);

    private void ShowArray(PdfArray? array)
    {
        if (array is null)
        {
            return;
        }

        foreach (var item in array)
        {
            if (item is PdfString s)
            {
                ShowString(s);
            }
            else if (PdfValues.IsNumber(item))
            {
                var adjust = -PdfValues.Number(item) / 1000 * _state.FontSize;
                if (_state.Font?.IsVertical == true)
                {
                    _textMatrix = PdfMatrix.Translation(0, adjust).Multiply(_textMatrix);
                }
                else
                {
                    _textMatrix = PdfMatrix.Translation(adjust * _state.HorizontalScale, 0).Multiply(_textMatrix);
                }
            }
        }
    }

    private void ShowString(PdfString? text)
    {
        var font = _state.Font;
        if (text is null || font is null)
        {
            return;
        }

        var bytes = text.Bytes.AsSpan();
        var fontSize = _state.FontSize;
        var scale = _state.HorizontalScale;
        var bold = font.IsBold || _state.RenderMode is 2 or 6;
        for (var i = 0; i < bytes.Length;)
        {
            var length = font.ReadCode(bytes, i, out var code);
            i += length;
            var glyphText = font.TextOf(code);
            TotalGlyphs++;
            if (glyphText is null)
            {
                UnmappedGlyphs++;
            }

            var width = font.WidthOf(code) * font.WidthScale;
            var wordSpacing = length == 1 && code == 32 ? _state.WordSpacing : 0;
            var m = _textMatrix.Multiply(_state.Ctm);
            var (x, y) = m.Transform(0, _state.Rise);
            var (xScale, rotation) = ScaleAndAngle(m);
            double advance, tx, ty;
            if (font.IsVertical)
            {
                advance = (fontSize + _state.CharacterSpacing) * m.YScale;
                (tx, ty) = (0, -(fontSize + _state.CharacterSpacing + wordSpacing));
            }
            else
            {
                advance = ((width * fontSize) + _state.CharacterSpacing) * scale * xScale;
                (tx, ty) = (((width * fontSize) + _state.CharacterSpacing + wordSpacing) * scale, 0);
            }

            var size = Math.Abs(fontSize) * m.YScale * font.SizeScale;
            var angle = font.IsVertical ? rotation - 90 : rotation;

            var spaceWidth = font.SpaceWidth * font.WidthScale * Math.Abs(fontSize) * scale * xScale;
            _store.Budget.ChargeGlyph();
            _glyphs.Add(new PdfGlyph(glyphText ?? string.Empty, x, y, advance, size, Math.Round(angle, 3), spaceWidth, font.Id, bold, font.IsItalic, _sequence++)
                { CharacterSpacing = font.IsVertical ? 0 : _state.CharacterSpacing * scale * xScale });
            _textMatrix = PdfMatrix.Translation(tx, ty).Multiply(_textMatrix);
        }
    }

    /// <summary>
    /// The horizontal scale and the angle in degrees of a text rendering matrix: the glyphs of a string share them, so
    /// the square root and arc tangent are computed again only when the matrix's first column changes (compared bit for
    /// bit, so that -0 and NaN give what the computation gives).
    /// </summary>
    private (double XScale, double Angle) ScaleAndAngle(in PdfMatrix m)
    {
        var a = BitConverter.DoubleToInt64Bits(m.A);
        var b = BitConverter.DoubleToInt64Bits(m.B);
        if (!_rotationKnown || a != _rotationA || b != _rotationB)
        {
            _rotationA = a;
            _rotationB = b;
            _rotationXScale = m.XScale;
            _rotationAngle = Math.Atan2(m.B, m.A) * 180 / Math.PI;
            _rotationKnown = true;
        }

        return (_rotationXScale, _rotationAngle);
    }

    private void DrawXObject(string? name, PdfDictionary? resources, int depth)
    {
        if (name is null || _store.Get(resources, "XObject") is not PdfDictionary xobjects || _store.Resolve(xobjects.Get(name)) is not PdfStream form)
        {
            return;
        }

        if (PdfValues.Name(_store.Get(form.Dictionary, "Subtype")) != "Form")
        {
            return;
        }

        if (depth >= MaxFormDepth)
        {
            PageShortfall ??= ("pdf.limit.form-depth", $"Forms nested deeper than {MaxFormDepth} levels were not read.");
            return;
        }

        if (!_activeForms.Add(form))
        {
            return;
        }

        var saved = _state;
        var savedStack = _stack.Count;
        var (savedText, savedLine) = (_textMatrix, _lineMatrix);
        try
        {
            if (_store.Get(form.Dictionary, "Matrix") is PdfArray { Count: 6 } m)
            {
                var matrix = new PdfMatrix(
                    PdfValues.Number(_store.Resolve(m[0])), PdfValues.Number(_store.Resolve(m[1])), PdfValues.Number(_store.Resolve(m[2])),
                    PdfValues.Number(_store.Resolve(m[3])), PdfValues.Number(_store.Resolve(m[4])), PdfValues.Number(_store.Resolve(m[5])));
                _state.Ctm = matrix.Multiply(_state.Ctm);
            }

            if (FormContent(form) is { } data)
            {
                var formResources = _store.Get(form.Dictionary, "Resources") as PdfDictionary ?? resources;
                var operands = _operands.ToArray();
                Run(data, formResources, depth + 1);
                _operands.Clear();
                foreach (var operand in operands)
                {
                    _operands.Add(operand);
                }
            }
        }
        finally
        {
            _activeForms.Remove(form);
            _state = saved;
            while (_stack.Count > savedStack)
            {
                _stack.Pop();
            }

            (_textMatrix, _lineMatrix) = (savedText, savedLine);
        }
    }

    private byte[]? FormContent(PdfStream form)
    {
        if (!_formContent.TryGetValue(form, out var data))
        {
            data = _store.Decode(form);
            _formContent[form] = data;
        }

        return data;
    }

    private void BeginMarked(object? properties, PdfDictionary? resources)
    {
        var dictionary = properties as PdfDictionary;
        if (properties is PdfName name && _store.Get(resources, "Properties") is PdfDictionary all)
        {
            dictionary = _store.ResolveDictionary(all.Get(name.Value));
        }

        var actualText = _store.Get(dictionary, "ActualText") as PdfString;
        _marked.Push(new PdfMarkedContent(actualText is null ? null : PdfTextString.Decode(actualText.Bytes), _glyphs.Count));
    }

    private void EndMarked()
    {
        if (_marked.Count == 0)
        {
            return;
        }

        var (actualText, first) = _marked.Pop();
        if (actualText is null || first > _glyphs.Count)
        {
            return;
        }

        if (first == _glyphs.Count)
        {
            return;
        }

        // The covered glyphs become one glyph carrying the actual text, spanning them.
        var start = _glyphs[first];
        var last = _glyphs[_glyphs.Count - 1];
        var span = Math.Sqrt(Math.Pow(last.X - start.X, 2) + Math.Pow(last.Y - start.Y, 2)) + last.Advance;
        _glyphs.RemoveFrom(first);
        _glyphs.Add(start with { Text = actualText, Advance = span });
    }

    private static void SkipInlineImage(PdfLexer lexer)
    {
        // Skip the image dictionary up to ID, then the binary data up to an EI surrounded by white space.
        while (lexer.Next() is var kind && kind != PdfTokenKind.EndOfData)
        {
            if (kind == PdfTokenKind.Keyword && lexer.IsKeyword("ID"u8))
            {
                break;
            }
        }

        var data = lexer.Data;
        var position = lexer.Position + 1;
        while (position + 1 < lexer.Length)
        {
            if (data[position] == (byte)'E' && data[position + 1] == (byte)'I'
                && PdfLexer.IsWhiteSpace(data[position - 1])
                && (position + 2 >= lexer.Length || PdfLexer.IsWhiteSpace(data[position + 2]) || PdfLexer.IsDelimiter(data[position + 2])))
            {
                lexer.Position = position + 2;
                return;
            }

            position++;
        }

        lexer.Position = lexer.Length;
    }
}
