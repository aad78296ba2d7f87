using Ingest.Readers.Pdf.Parsing;

namespace Ingest.Readers.Pdf.Filters;

/// <summary>ASCIIHexDecode: hexadecimal digits up to <c>&gt;</c>, white space ignored.</summary>
internal static class AsciiHexFilter
{
    /// <summary>Decodes <paramref name="input"/>.</summary>
    /// <param name="input">The encoded bytes.</param>
    public static byte[] Decode(byte[] input)
    {
        var end = Array.IndexOf(input, (byte)'>');
        return PdfLexer.DecodeHex(input.AsSpan(0, end < 0 ? input.Length : end));
    }
}
