using System.Text;

namespace Ingest.Text.Decoding;

/// <summary>Finds an encoding by name, including the legacy code pages of <see cref="CodePagesEncodingProvider"/>, without registering the provider process-wide.</summary>
internal static class EncodingLookup
{
    private static readonly DecoderFallback Replacement = new DecoderReplacementFallback("\uFFFD");

    /// <summary>Returns the encoding called <paramref name="name"/> with a replacing (never throwing) decoder, or <see langword="null"/>.</summary>
    public static Encoding? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim().Trim('"', '\'');
        switch (trimmed.ToLowerInvariant())
        {
            case "utf-16le":
            case "utf16le":
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
            case "utf-16be":
            case "utf16be":
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
            case "utf-32le":
            case "utf32le":
                return new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: false);
            case "utf-32be":
            case "utf32be":
                return new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: false);
        }

        try
        {
            var legacy = CodePagesEncodingProvider.Instance.GetEncoding(trimmed, EncoderFallback.ReplacementFallback, Replacement);
            if (legacy is not null)
            {
                return legacy;
            }
        }
        catch (ArgumentException)
        {
            // Not a code page name; the built-in encodings are tried next.
        }

        try
        {
            return Encoding.GetEncoding(trimmed, EncoderFallback.ReplacementFallback, Replacement);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: UTF-7, which .NET disables (it lets markup hide in plain ASCII); the caller
            // reports the charset as unusable and reads the bytes as UTF-8.
            return null;
        }
    }
}
