namespace Ingest.Normalizers.Names;

/// <summary>A word of the document, with where its folded key sits in the scanner's key buffer.</summary>
internal struct NameToken
{
    /// <summary>The offset of the token in the text.</summary>
    public int Start;

    /// <summary>The length of the token in the text (a possessive <c>'s</c> excluded).</summary>
    public int Length;

    /// <summary>The offset of the folded key in the key buffer.</summary>
    public int KeyStart;

    /// <summary>The length of the folded key.</summary>
    public int KeyLength;

    /// <summary>The hash of the folded key (<see cref="NameKeyHash.Of(ReadOnlySpan{char})"/>), computed once for every lookup of the token.</summary>
    public long KeyHash;

    /// <summary>The token's shape and separation.</summary>
    public NameTokenFlags Flags;

    /// <summary>The last punctuation mark before the token, or <c>'\0'</c>.</summary>
    public char Punctuation;

    public readonly bool Has(NameTokenFlags flag) => (Flags & flag) != 0;

    public readonly bool IsCapitalized => (Flags & (NameTokenFlags.Upper | NameTokenFlags.AllCaps)) != 0 && (Flags & NameTokenFlags.Handle) == 0;

    /// <summary>Whether the token is joined to the previous one closely enough to be in one name.</summary>
    public readonly bool IsJoined => (Flags & (NameTokenFlags.SpaceBefore | NameTokenFlags.HyphenBefore)) != 0;

    public readonly int End => Start + Length;

    /// <summary>Where a name ending on this token ends: after the closing period of an abbreviation (U.S., Co.).</summary>
    public readonly int NameEnd => (Flags & NameTokenFlags.DotAfter) != 0 ? End + 1 : End;
}
