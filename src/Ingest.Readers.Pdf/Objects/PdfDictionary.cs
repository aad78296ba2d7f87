namespace Ingest.Readers.Pdf.Objects;

/// <summary>A PDF dictionary keyed by name (without the slash).</summary>
internal sealed class PdfDictionary : Dictionary<string, object?>
{
    /// <summary>Creates an empty dictionary.</summary>
    public PdfDictionary()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>The value of <paramref name="key"/>, or <see langword="null"/> when absent (not resolved).</summary>
    /// <param name="key">The key.</param>
    public object? Get(string key) => TryGetValue(key, out var value) ? value : null;
}
