namespace Ingest.Text.Structure;

/// <summary>A link found in a block: the range of its anchor text in the block's text and its target as written.</summary>
/// <param name="Start">The offset of the anchor text in the block's text.</param>
/// <param name="Length">The length of the anchor text.</param>
/// <param name="Target">The target as written in the source.</param>
internal readonly record struct TextLink(int Start, int Length, string Target);
