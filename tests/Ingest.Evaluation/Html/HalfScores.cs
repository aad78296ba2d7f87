using System.Globalization;

namespace Ingest.Evaluation.Html;

/// <summary>Body-text and metadata scores of one half of the HTML corpus (the even or the odd pages).</summary>
internal sealed class HalfScores
{
    private double _precision;
    private double _recall;
    private double _f1;

    public int Pages { get; private set; }

    public int Titles { get; set; }

    public int TitleCases { get; set; }

    public int Bylines { get; set; }

    public int BylineCases { get; set; }

    /// <summary>Bylines found among the references that name someone (not a dateline: see <c>HtmlSuite.IsDateline</c>).</summary>
    public int NamedBylines { get; set; }

    /// <summary>References whose byline names someone: the pages that state an author.</summary>
    public int NamedBylineCases { get; set; }

    public int Dates { get; set; }

    public int DateCases { get; set; }

    /// <summary>Adds one page's word-bag precision, recall and F1.</summary>
    public void Add(double precision, double recall, double f1)
    {
        Pages++;
        _precision += precision;
        _recall += recall;
        _f1 += f1;
    }

    public override string ToString() => Pages == 0
        ? "no pages"
        : string.Create(CultureInfo.InvariantCulture, $"pages {Pages}  mean P {_precision / Pages:F3}  R {_recall / Pages:F3}  F1 {_f1 / Pages:F3}   title {Titles}/{TitleCases}  byline {Bylines}/{BylineCases} (named {NamedBylines}/{NamedBylineCases})  published {Dates}/{DateCases}");
}
