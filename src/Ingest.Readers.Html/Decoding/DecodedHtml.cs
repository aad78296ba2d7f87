using System.Text;

namespace Ingest.Readers.Html.Decoding;

/// <summary>The source text of a page and how its bytes were decoded.</summary>
/// <param name="Text">The decoded text, without a byte-order mark.</param>
/// <param name="Encoding">The encoding used.</param>
/// <param name="Origin">What decided the encoding: <c>bom</c>, <c>transport</c>, <c>meta</c>, <c>detected</c>, <c>utf-8</c> or <c>fallback</c>.</param>
/// <param name="InvalidBytes">Whether some bytes were not valid in the encoding and were replaced.</param>
internal sealed record DecodedHtml(string Text, Encoding Encoding, string Origin, bool InvalidBytes);
