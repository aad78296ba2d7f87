using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Extraction;

/// <summary>
/// Picks the elements that hold the article: paragraphs vote for their ancestors (more for commas and length), the
/// best-scoring ancestor, discounted by its link density, wins; semantic markers (<c>itemprop="articleBody"</c>) win
/// outright when they hold real text; siblings that look like more of the article join it.
/// </summary>
internal static partial class MainContentSelector
{
    private const int AncestorLevels = 5;

    /// <summary>Returns the article's elements in document order, or the analysed root when nothing stands out.</summary>
    public static List<IElement> Select(PageAnalysis analysis, CancellationToken cancellationToken)
    {
        if (FindMarkedBody(analysis) is { } marked)
        {
            return new List<IElement> { marked.Element };
        }

        var candidates = ScoreCandidates(analysis);
        if (candidates.Count == 0)
        {
            return new List<IElement> { analysis.Root };
        }

        ElementStats? top = null;
        var topScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            candidate.Score *= 1 - candidate.LinkDensity;
            if (candidate.Score > topScore)
            {
                top = candidate;
                topScore = candidate.Score;
            }
        }

        top = Climb(top!, candidates);
        if (FindSemanticArticle(analysis, cancellationToken) is { } article && !IsAncestor(top, article)
            && (!IsAncestor(article, top) || top.TextLength * 2 < article.TextLength))
        {
            // The page's single <article> holds far more text than the scored candidate: trust the markup.
            return new List<IElement> { article.Element };
        }

        return GatherSiblings(top, analysis);
    }

    private static ElementStats? FindMarkedBody(PageAnalysis analysis)
    {
        ElementStats? found = null;
        foreach (var paragraph in analysis.Paragraphs)
        {
            for (var s = paragraph; s is not null; s = s.Parent)
            {
                if (ClassHints.IsMarkedArticleBody(s.Element))
                {
                    if (found is not null && !ReferenceEquals(found, s))
                    {
                        // Several marked bodies (a list page, or nested markup): let scoring decide.
                        return IsAncestor(found, s) ? found : IsAncestor(s, found) ? s : null;
                    }

                    found = s;
                    break;
                }
            }
        }

        return found is not null && found.TextLength >= 200 && found.Paragraphs > 0 ? found : null;
    }

    private static ElementStats? FindSemanticArticle(PageAnalysis analysis, CancellationToken cancellationToken)
    {
        ElementStats? found = null;
        ElementStats? main = null;
        var articles = 0;
        foreach (var element in Parsing.ElementWalker.Descendants(analysis.Root, cancellationToken))
        {
            if (element.TagName is "ARTICLE" or "MAIN" && analysis.Get(element) is { IsUnlikely: false } stats && stats.TextLength >= 500)
            {
                if (element.TagName == "MAIN")
                {
                    main ??= stats;
                }
                else if (found is null || !IsAncestor(found, stats))
                {
                    found = stats;
                    articles++;
                }
            }
        }

        return articles == 1 ? found : articles == 0 ? main : null;
    }

    private static bool IsAncestor(ElementStats ancestor, ElementStats node)
    {
        for (var s = node.Parent; s is not null; s = s.Parent)
        {
            if (ReferenceEquals(s, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private static List<ElementStats> ScoreCandidates(PageAnalysis analysis)
    {
        var candidates = new List<ElementStats>();
        foreach (var paragraph in analysis.Paragraphs)
        {
            var score = 1.0 + paragraph.OwnCommas + Math.Min(paragraph.OwnTextLength / 100, 3);

            // A block holding both loose text and blocks is its own paragraph container; a plain paragraph votes for its parent.
            var target = paragraph.BlockChildTextLength > 0 ? paragraph : paragraph.Parent;
            for (var level = 0; target is not null && level < AncestorLevels; level++, target = target.Parent)
            {
                if (target.Parent is null)
                {
                    break;
                }

                if (!target.HasScore)
                {
                    target.HasScore = true;
                    target.Score = InitialScore(target.Element);
                    candidates.Add(target);
                }

                target.Score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }

        return candidates;
    }

    private static double InitialScore(IElement element)
    {
        var score = element.TagName switch
        {
            "DIV" or "ARTICLE" or "MAIN" => 5,
            "PRE" or "TD" or "BLOCKQUOTE" or "SECTION" => 3,
            "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
            _ => 0,
        };
        return score + ClassHints.ScoreWeight(element);
    }

    private static ElementStats Climb(ElementStats top, List<ElementStats> candidates)
    {
        // When several strong candidates share an ancestor, the article is that ancestor (paragraphs split into sections).
        var strong = new List<ElementStats>();
        foreach (var c in candidates)
        {
            if (!ReferenceEquals(c, top) && c.Score >= top.Score * 0.75)
            {
                strong.Add(c);
            }
        }

        if (strong.Count >= 2)
        {
            for (var ancestor = top.Parent; ancestor?.Parent is not null; ancestor = ancestor.Parent)
            {
                var contained = 0;
                foreach (var c in strong)
                {
                    if (IsAncestor(ancestor, c))
                    {
                        contained++;
                    }
                }

                if (contained >= 2)
                {
                    top = ancestor;
                    break;
                }
            }
        }

        // Walk up while the parent scores about as well: the article's own wrapper often collects more than one part.
        var lastScore = top.Score;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent?.Parent is not null; parent = parent.Parent)
        {
            if (!parent.HasScore)
            {
                continue;
            }

            if (parent.Score < threshold)
            {
                break;
            }

            if (parent.Score > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parent.Score;
        }

        // A wrapper with nothing else in it is the same content.
        while (top.Parent?.Parent is not null && top.Parent.Element.ChildElementCount == 1 && top.Parent.TextLength == top.TextLength)
        {
            top = top.Parent;
        }

        return top;
    }

    private static List<IElement> GatherSiblings(ElementStats top, PageAnalysis analysis)
    {
        var result = new List<IElement>();
        var parent = top.Element.ParentElement;
        if (parent is null || top.Parent is null)
        {
            result.Add(top.Element);
            return result;
        }

        var threshold = Math.Max(10, top.Score * 0.2);
        var topClass = top.Element.ClassName;
        var siblings = parent.ChildNodes;
        for (var k = 0; k < siblings.Length; k++)
        {
            if (siblings[k] is not IElement sibling)
            {
                continue;
            }

            if (ReferenceEquals(sibling, top.Element))
            {
                result.Add(sibling);
                continue;
            }

            var stats = analysis.Get(sibling);
            if (stats is null || stats.IsUnlikely || stats.TextLength == 0)
            {
                continue;
            }

            var bonus = !string.IsNullOrEmpty(topClass) && sibling.ClassName == topClass ? top.Score * 0.2 : 0;
            if (stats.HasScore && stats.Score + bonus >= threshold)
            {
                result.Add(sibling);
            }
            else if (sibling.TagName == "P")
            {
                var density = stats.LinkDensity;
                if (stats.TextLength > 80 && density < 0.25)
                {
                    result.Add(sibling);
                }
                else if (stats.TextLength <= 80 && density == 0 && SentenceEnd().IsMatch(sibling.TextContent))
                {
                    result.Add(sibling);
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"\.( |$)|[。！？!?]\s*$")]
    private static partial Regex SentenceEnd();
}
