namespace Ingest.Readers.Pdf.Fonts;

/// <summary>A code-space range: codes of one byte length between two bounds.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Length">The code length in bytes.</param>
/// <param name="Low">The lowest code.</param>
/// <param name="High">The highest code.</param>
internal readonly record struct PdfCodeSpace(int Length, uint Low, uint High);
