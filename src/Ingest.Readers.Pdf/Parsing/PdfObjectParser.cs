using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Parsing;

/// <summary>Parses PDF objects from a <see cref="PdfLexer"/>; nesting is bounded so hostile input cannot overflow the stack.</summary>
internal sealed class PdfObjectParser
{
    /// <summary>The deepest nesting of arrays and dictionaries accepted.</summary>
    public const int MaxDepth = 256;

    private static ReadOnlySpan<byte> TrueKeyword => "true"u8;

    private static ReadOnlySpan<byte> FalseKeyword => "false"u8;

    private static ReadOnlySpan<byte> NullKeyword => "null"u8;

    private static ReadOnlySpan<byte> RKeyword => "R"u8;

    /// <summary>Creates a parser.</summary>
    /// <param name="lexer">The lexer.</param>
    public PdfObjectParser(PdfLexer lexer) => Lexer = lexer;

    /// <summary>The lexer.</summary>
    public PdfLexer Lexer { get; }

    /// <summary>Parses the next object. Returns <see langword="null"/> for <c>null</c>, for the end of data and for stray tokens.</summary>
    /// <param name="depth">The current nesting depth.</param>
    public object? ParseObject(int depth = 0)
    {
        var kind = Lexer.Next();
        return ParseCurrent(kind, depth);
    }

    /// <summary>Parses the object starting with the current token.</summary>
    /// <param name="kind">The kind of the current token.</param>
    /// <param name="depth">The current nesting depth.</param>
    public object? ParseCurrent(PdfTokenKind kind, int depth)
    {
        switch (kind)
        {
            case PdfTokenKind.Integer:
                return ParseIntegerOrReference();
            case PdfTokenKind.Real:
                return Lexer.Number;
            case PdfTokenKind.Name:
                return new PdfName(Lexer.NameValue());
            case PdfTokenKind.LiteralString:
            case PdfTokenKind.HexString:
                return new PdfString(Lexer.StringValue());
            case PdfTokenKind.ArrayStart:
                return ParseArray(depth + 1);
            case PdfTokenKind.DictionaryStart:
                return ParseDictionary(depth + 1);
            case PdfTokenKind.Keyword:
                if (Lexer.IsKeyword(TrueKeyword))
                {
                    return true;
                }

                if (Lexer.IsKeyword(FalseKeyword))
                {
                    return false;
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>Parses a dictionary whose <c>&lt;&lt;</c> has been read.</summary>
    /// <param name="depth">The nesting depth.</param>
    public PdfDictionary ParseDictionary(int depth)
    {
        CheckDepth(depth);
        var dictionary = new PdfDictionary();
        while (true)
        {
            var kind = Lexer.Next();
            if (kind is PdfTokenKind.DictionaryEnd or PdfTokenKind.EndOfData)
            {
                return dictionary;
            }

            if (kind != PdfTokenKind.Name)
            {
                // A keyword such as 'endobj' or 'stream' means the dictionary was not closed: stop before it.
                if (kind == PdfTokenKind.Keyword && IsStructuralKeyword())
                {
                    Lexer.Position = Lexer.TokenStart;
                    return dictionary;
                }

                continue;
            }

            var key = Lexer.NameValue();
            var next = Lexer.Next();
            if (next == PdfTokenKind.DictionaryEnd)
            {
                return dictionary;
            }

            if (next == PdfTokenKind.Keyword && IsStructuralKeyword())
            {
                Lexer.Position = Lexer.TokenStart;
                return dictionary;
            }

            var value = ParseCurrent(next, depth);
            if (value is not null)
            {
                dictionary[key] = value;
            }
        }
    }

    private bool IsStructuralKeyword()
        => Lexer.IsKeyword("endobj"u8) || Lexer.IsKeyword("stream"u8) || Lexer.IsKeyword("obj"u8) || Lexer.IsKeyword("endstream"u8) || Lexer.IsKeyword("xref"u8) || Lexer.IsKeyword("trailer"u8);

    private static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new PdfFormatException("Objects are nested too deeply.");
        }
    }

    private PdfArray ParseArray(int depth)
    {
        CheckDepth(depth);
        var array = new PdfArray();
        while (true)
        {
            var kind = Lexer.Next();
            if (kind is PdfTokenKind.ArrayEnd or PdfTokenKind.EndOfData)
            {
                return array;
            }

            if (kind == PdfTokenKind.Keyword && IsStructuralKeyword())
            {
                Lexer.Position = Lexer.TokenStart;
                return array;
            }

            if (kind == PdfTokenKind.DictionaryEnd)
            {
                continue;
            }

            array.Add(ParseCurrent(kind, depth));
        }
    }

    private object ParseIntegerOrReference()
    {
        var first = Lexer.Number;
        var save = Lexer.Position;
        if (first >= 0 && first <= int.MaxValue && MayStartInteger() && Lexer.Next() == PdfTokenKind.Integer)
        {
            var generation = Lexer.Number;
            if (Lexer.Next() == PdfTokenKind.Keyword && Lexer.IsKeyword(RKeyword) && generation is >= 0 and <= 65535)
            {
                return new PdfReference((int)first, (int)generation);
            }
        }

        Lexer.Position = save;
        return (long)first;
    }

    /// <summary>
    /// False when the next token cannot be an integer (it starts with neither a digit nor a sign), so a number followed
    /// by a string, a name or an operator is not lexed twice on the way to finding it is no reference.
    /// </summary>
    private bool MayStartInteger()
    {
        var save = Lexer.Position;
        Lexer.SkipWhiteSpaceAndComments();
        var position = Lexer.Position;
        Lexer.Position = save;
        return position < Lexer.Length && Lexer.Data[position] is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-';
    }
}
