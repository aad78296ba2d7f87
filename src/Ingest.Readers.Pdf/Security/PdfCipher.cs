namespace Ingest.Readers.Pdf.Security;

/// <summary>The cipher a crypt filter uses.</summary>
internal enum PdfCipher
{
    /// <summary>No encryption (the Identity crypt filter).</summary>
    None,

    /// <summary>RC4.</summary>
    Rc4,

    /// <summary>AES-128 in CBC mode.</summary>
    Aes128,

    /// <summary>AES-256 in CBC mode.</summary>
    Aes256,
}
