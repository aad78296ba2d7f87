namespace Ingest.Readers.Pdf.Layout;

/// <summary>Writing-system facts layout analysis needs: which characters belong to scripts written without word spaces.</summary>
internal static class LayoutScripts
{
    /// <summary>
    /// True when the glyph's text is one character of a script written without spaces between words: Han ideographs,
    /// Hiragana, Katakana, and the full-width punctuation set with them. Hangul is not: Korean separates words with spaces.
    /// </summary>
    public static bool IsIdeographic(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var c = text[0];
        if (char.IsHighSurrogate(c))
        {
            // Supplementary ideographs (CJK extensions B and later) sit in planes 2 and 3.
            return text.Length > 1 && char.IsLowSurrogate(text[1]) && char.ConvertToUtf32(c, text[1]) is >= 0x20000 and <= 0x3FFFF;
        }

        return c is (>= '\u3001' and <= '\u303F') or (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF')
            or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF01' and <= '\uFF60');
    }

    /// <summary>
    /// True when the glyph's text is one Han ideograph (the unified ideographs, extension A, the compatibility block
    /// and the supplementary planes 2 and 3): not kana, punctuation or full-width forms.
    /// </summary>
    public static bool IsHan(string text)
    {
        if (text.Length == 2 && char.IsSurrogatePair(text[0], text[1]))
        {
            return char.ConvertToUtf32(text[0], text[1]) is >= 0x20000 and <= 0x3FFFF;
        }

        return text.Length == 1 && text[0] is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
    }
}
