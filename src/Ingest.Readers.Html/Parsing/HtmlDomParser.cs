using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// Parses decoded source into a DOM with AngleSharp, without a browsing context: no scripting, no loaders, so nothing
/// runs and nothing is fetched. Elements keep their source positions; nesting is capped so the tree stays walkable.
/// </summary>
internal static class HtmlDomParser
{
    /// <summary>Parses <paramref name="source"/>.</summary>
    public static IHtmlDocument Parse(string source, int maxDepth)
    {
        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            IsScripting = false,
            IsNotSupportingFrames = true,
            SkipComments = true,
            SkipProcessingInstructions = true,
            MaximumDepth = maxDepth <= 0 ? HtmlParserOptions.DefaultMaximumDepth : maxDepth,
        });
        return parser.ParseDocument(source);
    }
}
