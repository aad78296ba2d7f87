namespace Ingest.Readers.Pdf.Content;

/// <summary>What a page-tree node is, decided by <see cref="PdfPageTree"/>.</summary>
internal enum NodeKind
{
    /// <summary>A page: a leaf that is read.</summary>
    Page,

    /// <summary>An intermediate node whose kids are walked.</summary>
    Intermediate,

    /// <summary>An intermediate node with no kids: it holds no page.</summary>
    Empty,
}
