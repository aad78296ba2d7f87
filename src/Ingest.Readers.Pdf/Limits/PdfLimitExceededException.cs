namespace Ingest.Readers.Pdf.Limits;

/// <summary>A resource limit of <see cref="PdfReaderOptions"/> was reached (time budget, decompressed bytes).</summary>
internal sealed class PdfLimitExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="message">What limit was reached.</param>
    public PdfLimitExceededException(string code, string message)
        : base(message) => Code = code;

    /// <summary>The diagnostic code.</summary>
    public string Code { get; }
}
