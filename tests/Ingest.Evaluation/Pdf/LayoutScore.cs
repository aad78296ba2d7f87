using System.Globalization;

namespace Ingest.Evaluation.Pdf;

/// <summary>One extractor's figures on one layout rendition, scored against the fixture text it was rendered from.</summary>
/// <param name="File">The PDF's name relative to the corpus folder.</param>
/// <param name="Kind">The layout kind, the file name before the fixture digits (<c>two-columns</c>, <c>chromium</c>).</param>
/// <param name="Tool">The extractor (<c>ingest</c>, <c>pdftotext</c>, <c>pdftotext -layout</c>).</param>
/// <param name="Precision">Bag-of-words precision against the fixture.</param>
/// <param name="Recall">Bag-of-words recall against the fixture.</param>
/// <param name="F1">Bag-of-words F1 against the fixture.</param>
/// <param name="Bigrams">Share of the fixture's adjacent word pairs found adjacent in the output.</param>
/// <param name="SplitWords">Fixture words that came out as two adjacent pieces.</param>
/// <param name="LeakedLines">Output lines carrying running header, footer or page-number text.</param>
/// <param name="Pages">Pages read.</param>
/// <param name="Half">The corpus half the document belongs to: <c>tune</c> (even fixture documents) or <c>report</c> (odd ones and texts written for the corpus).</param>
internal sealed record LayoutScore(
    string File, string Kind, string Tool, double Precision, double Recall, double F1, double Bigrams, int SplitWords, int LeakedLines, int Pages, string Half)
{
    /// <summary>The issue 5 threshold for word F1.</summary>
    public const double F1Threshold = 0.995;

    /// <summary>The issue 5 threshold for the word-bigram order score.</summary>
    public const double BigramThreshold = 0.99;

    /// <summary>The thresholds this row misses, comma-separated, or empty when it meets all of them.</summary>
    public string Misses
    {
        get
        {
            var misses = new List<string>();
            if (F1 < F1Threshold)
            {
                misses.Add("F1");
            }

            if (Bigrams < BigramThreshold)
            {
                misses.Add("bigram");
            }

            if (SplitWords > 0)
            {
                misses.Add("split");
            }

            if (LeakedLines > 0)
            {
                misses.Add("leaked");
            }

            return string.Join(",", misses);
        }
    }

    /// <summary>The row as printed in the per-file table.</summary>
    public string Format(int fileWidth, int toolWidth)
        => string.Create(
            CultureInfo.InvariantCulture,
            $"{File.PadRight(fileWidth)} {Tool.PadRight(toolWidth)} {Precision,6:0.0000} {Recall,6:0.0000} {F1,6:0.0000} {Bigrams,6:0.0000} {SplitWords,5} {LeakedLines,6} {Pages,5}  {(Misses.Length == 0 ? "ok" : "MISS " + Misses)}");
}
