namespace Ingest;

/// <summary>The structural role of a block of text.</summary>
public enum BlockKind
{
    /// <summary>The document title.</summary>
    Title,

    /// <summary>A heading; <see cref="Block.Level"/> gives its level (1 is the highest).</summary>
    Heading,

    /// <summary>A paragraph of body text.</summary>
    Paragraph,

    /// <summary>An item of a list; <see cref="Block.Level"/> gives its nesting depth when known.</summary>
    ListItem,

    /// <summary>A block quotation.</summary>
    Quote,

    /// <summary>A caption of a figure, image or table.</summary>
    Caption,

    /// <summary>A table: rows separated by line feeds, cells by tabs, in reading order.</summary>
    Table,

    /// <summary>Code or pre-formatted text, whitespace preserved.</summary>
    Code,

    /// <summary>Boilerplate that is not part of the body: sign-offs, calls to action, footers.</summary>
    Boilerplate,

    /// <summary>A running page header repeated across pages (paged formats).</summary>
    PageHeader,

    /// <summary>A running page footer or page number (paged formats).</summary>
    PageFooter,
}
