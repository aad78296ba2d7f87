namespace Ingest.Readers.Pdf.Layout;

/// <summary>A word gap of a row.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Row">The row.</param>
/// <param name="Start">Where the gap starts along the row.</param>
/// <param name="Width">The gap width.</param>
internal readonly record struct LayoutWordGap(int Row, double Start, double Width);
