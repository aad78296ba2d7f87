using System.Runtime.CompilerServices;

// Layout analysis is internal; its unit tests build glyph lists directly.
[assembly: InternalsVisibleTo("Ingest.Readers.Pdf.Tests")]
