namespace Ingest.Readers.Pdf.Objects;

/// <summary>A PDF string object: raw bytes, decoded from literal or hexadecimal syntax (and decrypted when the file is encrypted).</summary>
internal sealed class PdfString
{
    /// <summary>Creates a string.</summary>
    /// <param name="bytes">The bytes.</param>
    public PdfString(byte[] bytes) => Bytes = bytes;

    /// <summary>The bytes.</summary>
    public byte[] Bytes { get; set; }

    /// <inheritdoc />
    public override string ToString() => PdfTextString.Decode(Bytes);
}
