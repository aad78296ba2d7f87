namespace Ingest.Evaluation.Quantities;

/// <summary>
/// One quantity mention, gold or predicted: its span in the paragraph, its bounds (<c>low = high</c> for a single value),
/// its direction (<c>none</c>, <c>between</c>, <c>greater</c>, <c>greater-or-equal</c>, <c>less</c>, <c>less-or-equal</c>),
/// its unit (empty when no unit or currency is written) and whether it is hedged.
/// </summary>
internal sealed record QuantityMention(string Paragraph, int Start, int End, string Text, string Kind, double? Low, double? High, string Direction, string Unit, bool Approximate)
{
    /// <summary>Whether the mention bounds on one side only.</summary>
    public bool IsOneSided => Direction is "greater" or "greater-or-equal" or "less" or "less-or-equal";
}
