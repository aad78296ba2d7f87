namespace Ingest.Readers.Pdf.Objects;

/// <summary>A PDF array: values are <see langword="null"/>, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>, or PDF objects.</summary>
internal sealed class PdfArray : List<object?>
{
    /// <summary>Creates an empty array.</summary>
    public PdfArray()
    {
    }

    /// <summary>Creates an empty array with room for <paramref name="capacity"/> items.</summary>
    /// <param name="capacity">The capacity.</param>
    public PdfArray(int capacity)
        : base(capacity)
    {
    }
}
