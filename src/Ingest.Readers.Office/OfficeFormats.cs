namespace Ingest.Readers.Office;

/// <summary>The Office Open XML formats and their media types.</summary>
public static class OfficeFormats
{
    /// <summary>The media type of a Word document (<c>.docx</c>).</summary>
    public const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The media type of an Excel workbook (<c>.xlsx</c>).</summary>
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The media type of a PowerPoint presentation (<c>.pptx</c>).</summary>
    public const string PptxMediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>Word documents, also macro-enabled ones and templates.</summary>
    public static DocumentFormat Docx { get; } = new(DocxMediaType, ".docx", ".docm", ".dotx");

    /// <summary>Excel workbooks, also macro-enabled ones and templates.</summary>
    public static DocumentFormat Xlsx { get; } = new(XlsxMediaType, ".xlsx", ".xlsm", ".xltx");

    /// <summary>PowerPoint presentations, also macro-enabled ones and slide shows.</summary>
    public static DocumentFormat Pptx { get; } = new(PptxMediaType, ".pptx", ".pptm", ".ppsx");
}
