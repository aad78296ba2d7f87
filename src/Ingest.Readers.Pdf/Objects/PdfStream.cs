namespace Ingest.Readers.Pdf.Objects;

/// <summary>A PDF stream: its dictionary and its raw (still encoded) data.</summary>
/// <param name="Dictionary">The stream dictionary.</param>
/// <param name="Data">The raw data, already decrypted when the file is encrypted.</param>
internal sealed record PdfStream(PdfDictionary Dictionary, byte[] Data);
