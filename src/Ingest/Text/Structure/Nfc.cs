using System.Text;

namespace Ingest.Text.Structure;

/// <summary>Brings a block's text to Unicode normalization form C, keeping link ranges right.</summary>
internal static class Nfc
{
    /// <summary>
    /// Returns the NFC form of <paramref name="text"/>, or <see langword="null"/> when it is already normalized
    /// (always the case for text below U+0300, which is checked without allocating). Links are remapped in place.
    /// </summary>
    public static string? Normalize(ReadOnlySpan<char> text, Span<TextLink> links)
    {
        var first = text.IndexOfAnyInRange('\u0300', '\uFFFF');
        if (first < 0 || OnlyStablePunctuation(text[first..]))
        {
            return null;
        }

        var whole = text.ToString();
        if (whole.IsNormalized(NormalizationForm.FormC))
        {
            return null;
        }

        if (links.IsEmpty)
        {
            return whole.Normalize(NormalizationForm.FormC);
        }

        // Normalize piece by piece between link boundaries, so each link covers exactly its own normalized text.
        var builder = new StringBuilder(text.Length);
        var position = 0;
        for (var i = 0; i < links.Length; i++)
        {
            var link = links[i];
            builder.Append(whole.AsSpan(position, link.Start - position).ToString().Normalize(NormalizationForm.FormC));
            var start = builder.Length;
            builder.Append(whole.AsSpan(link.Start, link.Length).ToString().Normalize(NormalizationForm.FormC));
            links[i] = link with { Start = start, Length = builder.Length - start };
            position = link.Start + link.Length;
        }

        builder.Append(whole.AsSpan(position).ToString().Normalize(NormalizationForm.FormC));
        return builder.ToString();
    }

    /// <summary>
    /// True when every character from U+0300 up is in U+2002..U+20CF (curly quotes, dashes, ellipsis, currency):
    /// none of them decomposes or combines under NFC, so the common news paragraph skips the copy that
    /// <see cref="string.IsNormalized()"/> needs on net8.0. (U+2000 and U+2001 are singletons and stay excluded.)
    /// </summary>
    private static bool OnlyStablePunctuation(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c >= '\u0300' && (c < '\u2002' || c > '\u20CF'))
            {
                return false;
            }
        }

        return true;
    }
}
