namespace Ingest.Readers.Pdf.Layout;

/// <summary>A heading style: rounded font size and weight.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Size">The font size, rounded to half points.</param>
/// <param name="Bold">True when bold.</param>
internal readonly record struct LayoutHeadingStyle(double Size, bool Bold);
