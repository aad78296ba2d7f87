namespace Ingest.Normalizers.Dates;

/// <summary>A word, number or symbol of the text, classified once so rules compare integers, not strings.</summary>
internal struct DateToken
{
    public int Start;
    public int Length;
    public int Value;
    public TokenKind Kind;
    public WordClass Class;
    public TokenFlags Flags;
    public TokenRoles Roles;
    public byte Digits;
    public char Symbol;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;
}
