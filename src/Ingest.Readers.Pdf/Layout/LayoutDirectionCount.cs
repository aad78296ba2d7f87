namespace Ingest.Readers.Pdf.Layout;

/// <summary>How many glyphs of a page run in one writing direction.</summary>
/// <remarks>A type of this assembly, not a dictionary entry, so that ReadyToRun precompiles the builder's list of it.</remarks>
/// <param name="Direction">The direction in degrees.</param>
/// <param name="Count">The number of glyphs.</param>
internal readonly record struct LayoutDirectionCount(int Direction, int Count);
