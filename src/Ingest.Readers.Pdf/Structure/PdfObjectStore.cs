using Ingest.Readers.Pdf.Filters;
using Ingest.Readers.Pdf.Limits;
using Ingest.Readers.Pdf.Objects;
using Ingest.Readers.Pdf.Parsing;
using Ingest.Readers.Pdf.Security;
using Ingest.Readers.Pdf.Collections;

namespace Ingest.Readers.Pdf.Structure;

/// <summary>
/// The objects of one PDF file: reads the cross-reference sections (tables, streams, hybrids, <c>/Prev</c> chains),
/// rebuilds them by scanning when they are broken, and resolves indirect objects lazily with cycle detection.
/// </summary>
internal sealed class PdfObjectStore
{
    private readonly byte[] _data;
    private readonly PdfIntMap<PdfXrefEntry> _xref = new();
    private readonly Dictionary<int, object?> _cache = new();
    private readonly HashSet<int> _resolving = new();
    private readonly Dictionary<int, PdfObjectStreamIndex?> _objectStreams = new();
    private readonly Action<DiagnosticSeverity, string, string> _report;
    private PdfStandardSecurityHandler? _security;
    private int _encryptNumber = -1;
    private int _headerOffset;
    private bool _rebuilt;

    // A /Prev section that could not be read: objects missing from the data read so far may still be in the file.
    private bool _chainBroken;

    private PdfObjectStore(byte[] data, PdfReadBudget budget, Action<DiagnosticSeverity, string, string> report)
    {
        _data = data;
        Budget = budget;
        _report = report;
    }

    /// <summary>The budget of time and decoded bytes.</summary>
    public PdfReadBudget Budget { get; }

    /// <summary>The trailer dictionary (merged over incremental updates).</summary>
    public PdfDictionary Trailer { get; private set; } = new();

    /// <summary>The version from the header (<c>1.7</c>), overridden by the catalog's /Version.</summary>
    public string Version { get; private set; } = "1.4";

    /// <summary>True when the cross-reference data was rebuilt by scanning the file.</summary>
    public bool WasRebuilt => _rebuilt;

    /// <summary>True when the file is encrypted.</summary>
    public bool IsEncrypted => _security is not null;

    /// <summary>The number of objects known.</summary>
    public int ObjectCount => _xref.Count;

    /// <summary>Opens a file: header, cross-reference data, trailer and encryption.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="password">The password to try besides the empty one.</param>
    /// <param name="budget">The budget.</param>
    /// <param name="report">Receives diagnostics.</param>
    /// <exception cref="DocumentReadException">The file is not a PDF or needs a password.</exception>
    public static PdfObjectStore Open(byte[] data, string? password, PdfReadBudget budget, Action<DiagnosticSeverity, string, string> report)
    {
        var store = new PdfObjectStore(data, budget, report);
        store.ReadHeader();
        if (!store.TryReadXref())
        {
            store.Rebuild("The cross-reference data is missing or broken");
        }

        if (store.Root is null && !store._rebuilt)
        {
            store.Rebuild("The cross-reference data does not lead to the document catalog");
        }

        if (store.Root is null)
        {
            throw new DocumentReadException("pdf.structure.no-catalog", "No document catalog was found: the file is not a readable PDF.");
        }

        store.SetUpEncryption(password);
        if (PdfValues.Name(store.Resolve(store.Root.Get("Version"))) is { } version && version.Length <= 4 && string.CompareOrdinal(version, store.Version) > 0)
        {
            store.Version = version;
        }

        return store;
    }

    /// <summary>The document catalog.</summary>
    public PdfDictionary? Root => Resolve(Trailer.Get("Root")) as PdfDictionary;

    /// <summary>Resolves a reference to its object (other values are returned as they are); <see langword="null"/> for missing objects and cycles.</summary>
    /// <param name="value">The value.</param>
    public object? Resolve(object? value)
    {
        for (var hops = 0; value is PdfReference reference && hops < 32; hops++)
        {
            value = ResolveReference(reference);
        }

        return value is PdfReference ? null : value;
    }

    /// <summary>Resolves a value to a dictionary: a dictionary, or a stream's dictionary.</summary>
    /// <param name="value">The value.</param>
    public PdfDictionary? ResolveDictionary(object? value) => Resolve(value) switch
    {
        PdfDictionary d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    /// <summary>Resolves a dictionary entry.</summary>
    /// <param name="dictionary">The dictionary.</param>
    /// <param name="key">The key.</param>
    public object? Get(PdfDictionary? dictionary, string key) => dictionary is null ? null : Resolve(dictionary.Get(key));

    /// <summary>Decodes a stream's data through its filters; <see langword="null"/> for image encodings.</summary>
    /// <param name="stream">The stream.</param>
    public byte[]? Decode(PdfStream stream) => PdfFilterPipeline.Decode(stream, this);

    private object? ResolveReference(PdfReference reference)
    {
        var number = reference.Number;
        if (_cache.TryGetValue(number, out var cached))
        {
            return cached;
        }

        if (!_resolving.Add(number))
        {
            // A reference cycle (for example a /Length that refers to its own stream): treat as null.
            return null;
        }

        try
        {
            Budget.Check();
            object? value = null;
            try
            {
                value = Load(number);
                if (value is null && !_rebuilt && (_xref.ContainsKey(number) || _chainBroken))
                {
                    Rebuild(_xref.ContainsKey(number)
                        ? $"Object {number} was not where the cross-reference data said"
                        : $"Object {number} is missing from a cross-reference chain whose earlier section could not be read");
                    value = Load(number);
                }
            }
            catch (PdfFormatException ex)
            {
                _report(DiagnosticSeverity.Warning, "pdf.object.malformed", $"Object {number}: {ex.Message}");
            }

            _cache[number] = value;
            return value;
        }
        finally
        {
            _resolving.Remove(number);
        }
    }

    private object? Load(int number)
    {
        if (!_xref.TryGetValue(number, out var entry))
        {
            return null;
        }

        if (entry.IsCompressed)
        {
            return LoadCompressed(entry);
        }

        if (entry.Offset < 0 || entry.Offset >= _data.Length)
        {
            return null;
        }

        // Offsets count from the %PDF header when junk (a byte-order mark, a mail header) precedes it.
        return ReadIndirectObject((int)entry.Offset, number, out _)
            ?? (_headerOffset > 0 && entry.Offset + _headerOffset < _data.Length ? ReadIndirectObject((int)entry.Offset + _headerOffset, number, out _) : null);
    }

    private object? LoadCompressed(PdfXrefEntry entry)
    {
        if (!_objectStreams.TryGetValue(entry.StreamNumber, out var index))
        {
            index = _objectStreams[entry.StreamNumber] = null;
            if (ResolveReference(new PdfReference(entry.StreamNumber, 0)) is PdfStream stream && Decode(stream) is { } decoded)
            {
                index = PdfObjectStreamIndex.Read(decoded, stream.Dictionary, this);
            }

            _objectStreams[entry.StreamNumber] = index;
        }

        return index?.Parse(entry.StreamIndex);
    }

    /// <summary>Reads <c>N G obj ... endobj</c> at <paramref name="offset"/>, checking the object number when it is known.</summary>
    private object? ReadIndirectObject(int offset, int expectedNumber, out int objectNumber)
    {
        objectNumber = -1;
        var lexer = new PdfLexer(_data, offset);
        if (lexer.Next() != PdfTokenKind.Integer)
        {
            return null;
        }

        objectNumber = (int)lexer.Number;
        if (lexer.Next() != PdfTokenKind.Integer)
        {
            return null;
        }

        var generation = (int)lexer.Number;
        if (lexer.Next() != PdfTokenKind.Keyword || !lexer.IsKeyword("obj"u8) || (expectedNumber >= 0 && objectNumber != expectedNumber))
        {
            return null;
        }

        var parser = new PdfObjectParser(lexer);
        var value = parser.ParseObject();
        if (value is PdfDictionary dictionary)
        {
            var save = lexer.Position;
            if (lexer.Next() == PdfTokenKind.Keyword && lexer.IsKeyword("stream"u8))
            {
                var data = ReadStreamData(dictionary, lexer.Position);
                if (_security is not null && objectNumber != _encryptNumber && !IsUnencryptedStream(dictionary))
                {
                    data = _security.DecryptStream(data, objectNumber, generation);
                }

                value = new PdfStream(dictionary, data);
            }
            else
            {
                lexer.Position = save;
            }
        }

        if (_security is not null && objectNumber != _encryptNumber)
        {
            DecryptStrings(value is PdfStream s ? s.Dictionary : value, objectNumber, generation, 0);
        }

        return value;
    }

    private bool IsUnencryptedStream(PdfDictionary dictionary)
    {
        var type = PdfValues.Name(dictionary.Get("Type"));
        return type == "XRef" || (type == "Metadata" && !_security!.EncryptMetadata);
    }

    private void DecryptStrings(object? value, int number, int generation, int depth)
    {
        if (depth > PdfObjectParser.MaxDepth)
        {
            return;
        }

        switch (value)
        {
            case PdfString s:
                s.Bytes = _security!.DecryptString(s.Bytes, number, generation);
                break;
            case PdfArray a:
                foreach (var item in a)
                {
                    DecryptStrings(item, number, generation, depth + 1);
                }

                break;
            case PdfDictionary d:
                foreach (var item in d.Values)
                {
                    DecryptStrings(item, number, generation, depth + 1);
                }

                break;
        }
    }

    private byte[] ReadStreamData(PdfDictionary dictionary, int position)
    {
        // The data starts after the end of line that follows 'stream'.
        if (position < _data.Length && _data[position] == (byte)'\r')
        {
            position++;
        }

        if (position < _data.Length && _data[position] == (byte)'\n')
        {
            position++;
        }

        var declared = dictionary.Get("Length") is PdfReference r ? Resolve(r) : dictionary.Get("Length");
        var length = (long)PdfValues.Number(declared, -1);
        if (length >= 0 && position + length <= _data.Length && EndstreamFollows((int)(position + length)))
        {
            return _data.AsSpan(position, (int)length).ToArray();
        }

        // A wrong or missing /Length: the data ends at the next 'endstream'.
        var end = _data.AsSpan(position).IndexOf("endstream"u8);
        end = end < 0 ? _data.Length : position + end;
        var dataEnd = end;
        if (dataEnd > position && _data[dataEnd - 1] == (byte)'\n')
        {
            dataEnd--;
        }

        if (dataEnd > position && _data[dataEnd - 1] == (byte)'\r')
        {
            dataEnd--;
        }

        if (length >= 0)
        {
            _report(DiagnosticSeverity.Info, "pdf.stream.length-recovered", "A stream's /Length was wrong; its end was found by 'endstream'.");
        }

        return _data.AsSpan(position, dataEnd - position).ToArray();
    }

    private bool EndstreamFollows(int position)
    {
        var lexer = new PdfLexer(_data, position);
        lexer.SkipWhiteSpaceAndComments();
        return _data.AsSpan(lexer.Position).StartsWith("endstream"u8) || lexer.Position >= _data.Length;
    }

    private void ReadHeader()
    {
        var window = _data.AsSpan(0, Math.Min(_data.Length, 1024));
        var at = window.IndexOf("%PDF-"u8);
        if (at < 0)
        {
            if (_data.AsSpan().IndexOf("obj"u8) < 0)
            {
                throw new DocumentReadException("pdf.structure.not-pdf", "The content has no PDF header and no PDF objects.");
            }

            _report(DiagnosticSeverity.Warning, "pdf.structure.no-header", "The file has no %PDF header.");
            return;
        }

        _headerOffset = at;
        var version = window[(at + 5)..];
        var n = 0;
        while (n < version.Length && n < 4 && (char.IsAsciiDigit((char)version[n]) || version[n] == (byte)'.'))
        {
            n++;
        }

        if (n >= 3)
        {
            Version = System.Text.Encoding.ASCII.GetString(version[..n]);
        }
    }

    private bool TryReadXref()
    {
        var tail = Math.Max(0, _data.Length - 2048);
        var at = _data.AsSpan(tail).LastIndexOf("startxref"u8);
        if (at < 0)
        {
            return false;
        }

        var lexer = new PdfLexer(_data, tail + at + 9);
        if (lexer.Next() != PdfTokenKind.Integer)
        {
            return false;
        }

        var offset = (long)lexer.Number;
        var visited = new HashSet<long>();
        var first = true;
        try
        {
            while (offset > 0 && offset < _data.Length && visited.Add(offset))
            {
                Budget.Check();
                var trailer = ReadXrefSection((int)offset)
                    ?? (_headerOffset > 0 ? ReadXrefSection((int)Math.Min(offset + _headerOffset, int.MaxValue)) : null)
                    ?? ReadXrefSection(FindNearbyXref((int)offset));
                if (trailer is null)
                {
                    _chainBroken = !first;
                    return !first && Trailer.ContainsKey("Root");
                }

                MergeTrailer(trailer);
                if (trailer.Get("XRefStm") is { } stm && PdfValues.Number(stm) > 0)
                {
                    ReadXrefSection((int)PdfValues.Number(stm));
                }

                first = false;
                offset = (long)PdfValues.Number(trailer.Get("Prev"), -1);
            }
        }
        catch (PdfFormatException)
        {
            return false;
        }

        return !first && _xref.Count > 0;
    }

    private int FindNearbyXref(int offset)
    {
        // Some writers are off by a few bytes: look for 'xref' close by.
        var start = Math.Max(0, offset - 64);
        var window = _data.AsSpan(start, Math.Min(128, _data.Length - start));
        var at = window.IndexOf("xref"u8);
        return at < 0 ? -1 : start + at;
    }

    private void MergeTrailer(PdfDictionary trailer)
    {
        foreach (var (key, value) in trailer)
        {
            Trailer.TryAdd(key, value);
        }
    }

    private PdfDictionary? ReadXrefSection(int offset)
    {
        if (offset < 0 || offset >= _data.Length)
        {
            return null;
        }

        var lexer = new PdfLexer(_data, offset);
        if (lexer.Next() == PdfTokenKind.Keyword && lexer.IsKeyword("xref"u8))
        {
            return ReadXrefTable(lexer);
        }

        return ReadIndirectObject(offset, -1, out _) is PdfStream { } stream && PdfValues.Name(stream.Dictionary.Get("Type")) == "XRef"
            ? ReadXrefStream(stream)
            : null;
    }

    private PdfDictionary? ReadXrefTable(PdfLexer lexer)
    {
        while (true)
        {
            var kind = lexer.Next();
            if (kind == PdfTokenKind.Keyword && lexer.IsKeyword("trailer"u8))
            {
                return new PdfObjectParser(lexer).ParseObject() as PdfDictionary;
            }

            if (kind != PdfTokenKind.Integer)
            {
                return null;
            }

            var start = (long)lexer.Number;
            if (lexer.Next() != PdfTokenKind.Integer)
            {
                return null;
            }

            var count = (long)lexer.Number;
            if (lexer.Peek() == PdfTokenKind.Keyword)
            {
                // A table without its subsection header: the entries start at object 0 right away.
                lexer.Position = FindLineStart(lexer.TokenStart);
                (start, count) = (0, long.MaxValue);
            }

            for (long i = 0; i < count; i++)
            {
                if (lexer.Peek() != PdfTokenKind.Integer)
                {
                    break;
                }

                if (lexer.Next() != PdfTokenKind.Integer)
                {
                    return null;
                }

                var entryOffset = (long)lexer.Number;
                if (lexer.Next() != PdfTokenKind.Integer)
                {
                    return null;
                }

                var generation = (int)lexer.Number;
                if (lexer.Next() != PdfTokenKind.Keyword)
                {
                    return null;
                }

                var inUse = lexer.TokenBytes.SequenceEqual("n"u8);
                var number = start + i;
                if (inUse && number is > 0 and < int.MaxValue && entryOffset > 0)
                {
                    _xref.TryAdd((int)number, new PdfXrefEntry(entryOffset, generation));
                }
            }
        }
    }

    private int FindLineStart(int position)
    {
        while (position > 0 && _data[position - 1] is not (byte)'\n' and not (byte)'\r')
        {
            position--;
        }

        return position;
    }

    private PdfDictionary ReadXrefStream(PdfStream stream)
    {
        var data = Decode(stream) ?? Array.Empty<byte>();
        var w = stream.Dictionary.Get("W") as PdfArray;
        if (w is null || w.Count < 3)
        {
            return stream.Dictionary;
        }

        var w0 = Math.Clamp((int)PdfValues.Number(w[0]), 0, 8);
        var w1 = Math.Clamp((int)PdfValues.Number(w[1]), 0, 8);
        var w2 = Math.Clamp((int)PdfValues.Number(w[2]), 0, 8);
        var rowLength = w0 + w1 + w2;
        if (rowLength == 0)
        {
            return stream.Dictionary;
        }

        var index = stream.Dictionary.Get("Index") as PdfArray;
        var size = (long)PdfValues.Number(stream.Dictionary.Get("Size"));
        var ranges = new PdfValueList<PdfXrefRange>();
        if (index is { Count: >= 2 })
        {
            for (var i = 0; i + 1 < index.Count; i += 2)
            {
                ranges.Add(new PdfXrefRange((long)PdfValues.Number(index[i]), (long)PdfValues.Number(index[i + 1])));
            }
        }
        else
        {
            ranges.Add(new PdfXrefRange(0, size));
        }

        var position = 0;
        foreach (var (start, count) in ranges.AsSpan())
        {
            for (long i = 0; i < count && position + rowLength <= data.Length; i++, position += rowLength)
            {
                var type = w0 == 0 ? 1 : ReadField(data, position, w0);
                var field2 = ReadField(data, position + w0, w1);
                var field3 = ReadField(data, position + w0 + w1, w2);
                var number = start + i;
                if (number is <= 0 or >= int.MaxValue)
                {
                    continue;
                }

                if (type == 1 && field2 > 0)
                {
                    _xref.TryAdd((int)number, new PdfXrefEntry(field2, (int)field3));
                }
                else if (type == 2 && field2 is > 0 and < int.MaxValue)
                {
                    _xref.TryAdd((int)number, new PdfXrefEntry(-1, 0, (int)field2, (int)field3));
                }
            }
        }

        return stream.Dictionary;
    }

    private static long ReadField(byte[] data, int position, int width)
    {
        long value = 0;
        for (var i = 0; i < width; i++)
        {
            value = (value << 8) | data[position + i];
        }

        return value;
    }

    /// <summary>Rebuilds the cross-reference data by scanning the whole file for <c>N G obj</c>.</summary>
    private void Rebuild(string reason)
    {
        if (_rebuilt)
        {
            return;
        }

        _rebuilt = true;
        _report(DiagnosticSeverity.Warning, "pdf.xref.rebuilt", reason + "; the objects were found by scanning the file.");
        _xref.Clear();
        _cache.Clear();
        _objectStreams.Clear();
        var found = new PdfIntMap<PdfXrefEntry>();
        var span = _data.AsSpan();
        var position = 0;
        while (true)
        {
            var at = span[position..].IndexOf("obj"u8);
            if (at < 0)
            {
                break;
            }

            at += position;
            position = at + 3;
            if (position < span.Length && !PdfLexer.IsWhiteSpace(span[position]) && !PdfLexer.IsDelimiter(span[position]))
            {
                continue;
            }

            var start = ObjectHeaderStart(span, at, out var number, out var generation);
            if (start >= 0)
            {
                found[number] = new PdfXrefEntry(start, generation);
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            _xref[found.KeyAt(i)] = found.ValueAt(i);
        }

        var trailerAt = 0;
        var trailers = new List<PdfDictionary>();
        while (true)
        {
            var at = span[trailerAt..].IndexOf("trailer"u8);
            if (at < 0)
            {
                break;
            }

            trailerAt += at + 7;
            var lexer = new PdfLexer(_data, trailerAt);
            if (new PdfObjectParser(lexer).ParseObject() is PdfDictionary trailer)
            {
                trailers.Add(trailer);
            }
        }

        Trailer = new PdfDictionary();
        for (var i = trailers.Count - 1; i >= 0; i--)
        {
            MergeTrailer(trailers[i]);
        }

        // Objects inside object streams, and the catalog and the cross-reference stream's trailer keys if no trailer was found.
        for (var f = 0; f < found.Count; f++)
        {
            var number = found.KeyAt(f);
            Budget.Check();
            object? value;
            try
            {
                value = ReadIndirectObject((int)found.ValueAt(f).Offset, number, out _);
            }
            catch (PdfFormatException)
            {
                continue;
            }

            var dictionary = value as PdfDictionary ?? (value as PdfStream)?.Dictionary;
            var type = PdfValues.Name(dictionary?.Get("Type"));
            if (type == "ObjStm" && value is PdfStream objectStream)
            {
                var decoded = SafeDecode(objectStream);
                var index = decoded is null ? null : PdfObjectStreamIndex.Read(decoded, objectStream.Dictionary, this);
                for (var i = 0; index is not null && i < index.Count; i++)
                {
                    _xref.TryAdd(index.NumberAt(i), new PdfXrefEntry(-1, 0, number, i));
                }
            }
            else if (type == "XRef" && dictionary is not null)
            {
                foreach (var key in new[] { "Root", "Info", "Encrypt", "ID" })
                {
                    if (dictionary.Get(key) is { } v)
                    {
                        Trailer.TryAdd(key, v);
                    }
                }
            }
            else if (type == "Catalog" && !Trailer.ContainsKey("Root") || (type == "Catalog" && Resolve(Trailer.Get("Root")) is not PdfDictionary))
            {
                Trailer["Root"] = new PdfReference(number, found.ValueAt(f).Generation);
            }
        }

        _cache.Clear();
    }

    private byte[]? SafeDecode(PdfStream stream)
    {
        try
        {
            return Decode(stream);
        }
        catch (PdfLimitExceededException)
        {
            return null;
        }
    }

    private static int ObjectHeaderStart(ReadOnlySpan<byte> span, int objAt, out int number, out int generation)
    {
        number = generation = -1;
        var i = objAt - 1;
        if (i < 0 || !PdfLexer.IsWhiteSpace(span[i]))
        {
            return -1;
        }

        while (i >= 0 && PdfLexer.IsWhiteSpace(span[i]))
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && span[i] is >= (byte)'0' and <= (byte)'9')
        {
            i--;
        }

        if (end - i - 1 is < 1 or > 5)
        {
            return -1;
        }

        generation = ParseDigits(span[(i + 1)..end]);
        if (i < 0 || !PdfLexer.IsWhiteSpace(span[i]))
        {
            return -1;
        }

        while (i >= 0 && PdfLexer.IsWhiteSpace(span[i]))
        {
            i--;
        }

        end = i + 1;
        while (i >= 0 && span[i] is >= (byte)'0' and <= (byte)'9')
        {
            i--;
        }

        if (end - i - 1 is < 1 or > 9)
        {
            return -1;
        }

        number = ParseDigits(span[(i + 1)..end]);
        return number > 0 ? i + 1 : -1;
    }

    private static int ParseDigits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var d in digits)
        {
            value = (value * 10) + (d - '0');
        }

        return value;
    }

    private void SetUpEncryption(string? password)
    {
        var encryptValue = Trailer.Get("Encrypt");
        if (encryptValue is null)
        {
            return;
        }

        if (encryptValue is PdfReference r)
        {
            _encryptNumber = r.Number;
        }

        if (Resolve(encryptValue) is not PdfDictionary encrypt)
        {
            _report(DiagnosticSeverity.Warning, "pdf.encrypted.dictionary-missing", "The file names an /Encrypt dictionary that could not be read; reading it as unencrypted.");
            return;
        }

        var ids = Resolve(Trailer.Get("ID")) as PdfArray;
        var fileId = ids is { Count: > 0 } ? (Resolve(ids[0]) as PdfString)?.Bytes ?? Array.Empty<byte>() : Array.Empty<byte>();
        PdfStandardSecurityHandler? handler;
        try
        {
            handler = PdfStandardSecurityHandler.Create(encrypt, fileId, password, Resolve);
        }
        catch (NotSupportedException ex)
        {
            throw new DocumentReadException("pdf.encrypted.unsupported", ex.Message, ex);
        }

        if (handler is null)
        {
            throw new DocumentReadException(
                "pdf.encrypted.password-required",
                string.IsNullOrEmpty(password)
                    ? "The PDF is encrypted with a user password; supply it in PdfReaderOptions.Password."
                    : "The PDF is encrypted and the supplied password is not its user or owner password.");
        }

        _security = handler;

        // Objects read so far (the trailer's targets) were read before decryption was known.
        foreach (var number in _cache.Keys.Where(n => n != _encryptNumber).ToArray())
        {
            _cache.Remove(number);
        }

        _objectStreams.Clear();
    }
}
