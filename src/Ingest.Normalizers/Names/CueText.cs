namespace Ingest.Normalizers.Names;

/// <summary>Lower-cases a cue word for comparison with a word list, as <see cref="MemoryExtensions.ToLowerInvariant"/> does.</summary>
internal static class CueText
{
    /// <summary>
    /// Writes <paramref name="text"/> in lower case to <paramref name="buffer"/> and returns the length written. ASCII
    /// text, nearly every word, is lowered here a character at a time; other text goes through the invariant culture's
    /// casing, whose set-up costs more than lowering a short word.
    /// </summary>
    /// <param name="text">A word as written; not longer than <paramref name="buffer"/>.</param>
    /// <param name="buffer">The destination.</param>
    public static int ToLower(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (text.Length > buffer.Length)
        {
            return text.ToLowerInvariant(buffer);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsAscii(c))
            {
                return text.ToLowerInvariant(buffer);
            }

            buffer[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        return text.Length;
    }
}
