using System.Buffers;
using System.Text;
using Ingest.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Ingest;

/// <summary>
/// Writes the body of a JSON string (no quotes) straight to a stream as UTF-8, escaped exactly as
/// <see cref="System.Text.Json.Utf8JsonWriter"/> escapes it with the same encoder, through one pooled buffer.
/// </summary>
/// <remarks>
/// A document's text has a line feed between every two blocks, so the writer escapes almost all of it through the
/// encoder's character-by-character path, into a second buffer that it then transcodes. Here runs of printable ASCII
/// are found by a vector search compiled optimised (<see cref="Text.CharScan"/>; the framework's searchers run at tier 0
/// in the host) and narrowed to bytes by the vectorised ASCII conversion, every other ASCII character is copied from a
/// table of the encoder's own output for it, and only runs of non-ASCII characters go through the encoder, so every
/// byte is the encoder's.
/// </remarks>
internal sealed class JsonStringStream
{
    private const int BufferSize = 64 * 1024;

    // Non-ASCII characters handed to the encoder at a time; it writes at most 6 characters for each (\uXXXX for one
    // UTF-16 unit, two for a surrogate pair), and each of those takes at most 3 UTF-8 bytes.
    private const int RunLength = 1024;
    private const int MaxEscapedRun = RunLength * 6;

    private readonly JavaScriptEncoder _encoder;
    private readonly byte[][] _ascii;

    public JsonStringStream(JavaScriptEncoder encoder)
    {
        _encoder = encoder;
        _ascii = new byte[128][];
        var agrees = true;
        for (var c = (char)0; c < 128; c++)
        {
            _ascii[c] = Encoding.UTF8.GetBytes(encoder.WillEncode(c) ? encoder.Encode(c.ToString()) : c.ToString());
            agrees &= CharScan.IsJsonSpecial(c) || !encoder.WillEncode(c);
        }

        IsUsable = agrees;
    }

    /// <summary>
    /// Whether the encoder leaves alone every character the vector search passes over (printable ASCII but the quotation
    /// mark and backslash), so that this writes what the JSON writer would; true of the relaxed JSON encoder.
    /// </summary>
    public bool IsUsable { get; }

    /// <summary>Writes <paramref name="text"/> escaped, without quotes, to <paramref name="stream"/>.</summary>
    public void Write(Stream stream, ReadOnlySpan<char> text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(BufferSize);
        var chars = ArrayPool<char>.Shared.Rent(MaxEscapedRun);
        try
        {
            var used = 0;
            while (!text.IsEmpty)
            {
                // Room for the largest step below: a run of non-ASCII characters escaped and transcoded.
                if (bytes.Length - used < MaxEscapedRun * 3)
                {
                    stream.Write(bytes, 0, used);
                    used = 0;
                }

                var plain = CharScan.IndexOfJsonSpecial(text);
                if (plain != 0)
                {
                    var length = Math.Min(plain < 0 ? text.Length : plain, bytes.Length - used);
                    Ascii.FromUtf16(text[..length], bytes.AsSpan(used), out var narrowed);
                    used += narrowed;
                    text = text[length..];
                    continue;
                }

                var c = text[0];
                if (c < 128)
                {
                    // Through a span: the array overload of CopyTo is a generic method the host would compile at run time.
                    var escape = new ReadOnlySpan<byte>(_ascii[c]);
                    escape.CopyTo(bytes.AsSpan(used));
                    used += escape.Length;
                    text = text[1..];
                    continue;
                }

                used += EscapeNonAscii(ref text, chars, bytes.AsSpan(used));
            }

            stream.Write(bytes, 0, used);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // Escapes the run of non-ASCII characters at the start of text (at most RunLength of them) through the encoder; a
    // surrogate pair cut by that limit is left whole for the next run. Returns the bytes written.
    private int EscapeNonAscii(ref ReadOnlySpan<char> text, char[] chars, Span<byte> destination)
    {
        // Runs of non-ASCII are short in most text (a quotation mark, an accented letter); a plain loop finds the end.
        var end = 1;
        while (end < text.Length && text[end] >= 128)
        {
            end++;
        }

        var run = text[..end];
        var isFinal = run.Length <= RunLength;
        if (!isFinal)
        {
            run = run[..RunLength];
        }

        // Not final, the encoder leaves a high surrogate at the cut for the next run, with its low surrogate.
        _encoder.Encode(run, chars, out var consumed, out var escaped, isFinal);
        Utf8.FromUtf16(chars.AsSpan(0, escaped), destination, out _, out var written);
        text = text[consumed..];
        return written;
    }
}
