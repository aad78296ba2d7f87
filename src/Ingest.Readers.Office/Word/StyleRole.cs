namespace Ingest.Readers.Office.Word;

/// <summary>What a paragraph style makes a paragraph: a heading of a level, the title, a list item, or body text.</summary>
/// <param name="HeadingLevel">The heading level, 1 to 9, or null.</param>
/// <param name="IsTitle">Whether the style is the document title.</param>
/// <param name="IsList">Whether the style carries list numbering.</param>
internal readonly record struct StyleRole(int? HeadingLevel, bool IsTitle, bool IsList);
