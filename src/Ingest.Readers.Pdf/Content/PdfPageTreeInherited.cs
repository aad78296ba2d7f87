using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Content;

/// <summary>The page attributes a page-tree node passes down to its kids.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the walk's stack of it.</remarks>
/// <param name="Resources">The inherited resource dictionary.</param>
/// <param name="MediaBox">The inherited media box.</param>
/// <param name="CropBox">The inherited crop box.</param>
/// <param name="Rotate">The inherited rotation in degrees.</param>
internal readonly record struct PdfPageTreeInherited(PdfDictionary? Resources, PdfArray? MediaBox, PdfArray? CropBox, int Rotate);
