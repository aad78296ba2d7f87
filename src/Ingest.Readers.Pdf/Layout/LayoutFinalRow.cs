namespace Ingest.Readers.Pdf.Layout;

/// <summary>A row of a page after scripts were joined: its glyphs in the sort order and its baseline.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Start">The first position in the sort order.</param>
/// <param name="Count">The number of glyphs.</param>
/// <param name="Baseline">The baseline along the reading direction.</param>
internal readonly record struct LayoutFinalRow(int Start, int Count, double Baseline);
