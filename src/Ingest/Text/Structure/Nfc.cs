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
        if (text.IndexOfAnyInRange('\u0300', '\uFFFF') < 0)
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
}
