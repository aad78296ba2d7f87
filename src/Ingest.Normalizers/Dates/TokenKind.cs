namespace Ingest.Normalizers.Dates;

/// <summary>The lexical kind of a <see cref="DateToken"/>.</summary>
internal enum TokenKind : byte
{
    Word,
    Number,
    Symbol,
}
