using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Ingest.Readers.Html.Parsing;

/// <summary>
/// The CSS selectors the reader queries with, parsed once. <c>QuerySelectorAll(string)</c> parses its selector on
/// every call (a new selector parser per document context, so AngleSharp's cache never hits); parsed selectors are
/// immutable and match the same elements, in tree order.
/// </summary>
internal static class Selectors
{
    /// <summary>Links with a target: <c>a[href]</c>.</summary>
    public static readonly ISelector Links = Parse("a[href]");

    /// <summary>Section headings below the title: <c>h2</c> to <c>h6</c>.</summary>
    public static readonly ISelector SectionHeadings = Parse("h2, h3, h4, h5, h6");

    /// <summary>
    /// The name elements of a byline: microdata names, author links, hCard names, and elements whose class says they
    /// hold the name (<c>byline__name</c>, <c>author-name</c>, <c>authorName</c>) beside others that hold the role or the
    /// date: "name" as a class word of its own or a suffix after a dash or BEM's "__", not inside a word ("username",
    /// "surname"). Names of a section, the site or a user match too; <c>Bylines</c> skips them.
    /// </summary>
    public static readonly ISelector BylineNames = Parse("[itemprop~=name], [rel~=author], .fn, .p-name, .name, [class$=-name], [class*='-name '], [class*=__name], [class*=uthorName]");

    /// <summary>The descendants of <paramref name="element"/> that match <paramref name="selector"/>, in tree order.</summary>
    public static IHtmlCollection<IElement> Descendants(IElement element, ISelector selector) => element.ChildNodes.QuerySelectorAll(selector);

    private static ISelector Parse(string selector) =>
        new CssSelectorParser().ParseSelector(selector) ?? throw new InvalidOperationException("Invalid selector: " + selector);
}
