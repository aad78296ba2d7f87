namespace Ingest.Readers.Pdf.Parsing;

/// <summary>The kinds of token in PDF syntax.</summary>
internal enum PdfTokenKind
{
    /// <summary>The end of the data.</summary>
    EndOfData,

    /// <summary>An integer.</summary>
    Integer,

    /// <summary>A real number.</summary>
    Real,

    /// <summary>A name (<c>/Type</c>).</summary>
    Name,

    /// <summary>A literal string in parentheses.</summary>
    LiteralString,

    /// <summary>A hexadecimal string in angle brackets.</summary>
    HexString,

    /// <summary><c>[</c>.</summary>
    ArrayStart,

    /// <summary><c>]</c>.</summary>
    ArrayEnd,

    /// <summary><c>&lt;&lt;</c>.</summary>
    DictionaryStart,

    /// <summary><c>&gt;&gt;</c>.</summary>
    DictionaryEnd,

    /// <summary>A bare word: <c>true</c>, <c>obj</c>, <c>R</c>, a content operator.</summary>
    Keyword,

    /// <summary>A stray delimiter such as <c>{</c>, <c>}</c> or <c>)</c>.</summary>
    Other,
}
