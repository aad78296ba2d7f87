namespace Ingest.Readers.Pdf.Layout;

/// <summary>A block recognized as a heading, with its style.</summary>
/// <remarks>A type of this assembly, not a tuple, so that ReadyToRun precompiles the engine's lists of it.</remarks>
/// <param name="Block">The block.</param>
/// <param name="Size">The font size, rounded to half points.</param>
/// <param name="Bold">True when bold.</param>
internal readonly record struct LayoutHeadingCandidate(LayoutBlockDraft Block, double Size, bool Bold);
