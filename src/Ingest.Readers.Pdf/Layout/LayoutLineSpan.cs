namespace Ingest.Readers.Pdf.Layout;

/// <summary>A run of consecutive lines.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Start">The first line.</param>
/// <param name="Count">The number of lines.</param>
internal readonly record struct LayoutLineSpan(int Start, int Count);
