using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Parsing;

/// <summary>
/// The names a content stream repeats (fonts, graphics states, marked-content tags), decoded once: a page names the
/// same few resources thousands of times, and each name operand cost a string and a name object.
/// </summary>
/// <remarks>A small direct-mapped table keyed by the name's bytes; a name that collides with another is decoded again.</remarks>
internal sealed class PdfNameCache
{
    private const int Slots = 64;
    private const int MaxKeyLength = 48;
    private readonly byte[]?[] _keys = new byte[]?[Slots];
    private readonly PdfName?[] _names = new PdfName?[Slots];

    /// <summary>The name of the lexer's current name token.</summary>
    /// <param name="lexer">A lexer on a name token.</param>
    public PdfName Current(PdfLexer lexer)
    {
        var raw = lexer.TokenBytes;
        if (raw.Length > MaxKeyLength)
        {
            return new PdfName(lexer.NameValue());
        }

        var hash = (uint)raw.Length;
        foreach (var b in raw)
        {
            hash = (hash * 31) + b;
        }

        var slot = (int)(hash % Slots);
        if (_keys[slot] is { } key && raw.SequenceEqual(key))
        {
            return _names[slot]!;
        }

        var name = new PdfName(lexer.NameValue());
        _keys[slot] = raw.ToArray();
        _names[slot] = name;
        return name;
    }
}
