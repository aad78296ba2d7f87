using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Content;

/// <summary>A page-tree node waiting to be visited, with what its ancestors pass down.</summary>
/// <param name="Node">The node.</param>
/// <param name="Inherited">The attributes inherited from its ancestors.</param>
internal readonly record struct PdfPageTreeFrame(PdfDictionary Node, PdfPageTreeInherited Inherited);
