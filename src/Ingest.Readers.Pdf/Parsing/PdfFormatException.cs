namespace Ingest.Readers.Pdf.Parsing;

/// <summary>Malformed PDF syntax that the engine could not work around; caught inside the engine and turned into a diagnostic.</summary>
internal sealed class PdfFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public PdfFormatException(string message)
        : base(message)
    {
    }
}
