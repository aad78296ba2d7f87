using System.Text;
using Ingest.Testing;

namespace Ingest.Readers.Markdown.Tests.Conformance;

/// <summary>The Markdown reader against the reader conformance suite, fuzzed with seeded mutations of Markdown samples.</summary>
public sealed class MarkdownReaderConformanceTests : ReaderConformanceTests
{
    private const string Written = """
        ---
        title: Tide tables
        author: [Ann Lee, Bo Ivers]
        ---
        # Tides at the harbour

        Low water is at *dawn*, high water at [noon](https://example.org/noon).

        | day | low | high |
        |-----|----:|:----:|
        | Mon | 06:10 | 12:25 |

        > A quoted note
        > over two lines.

        1. first
           - nested item
        2. second

        ```text
        code block
        ```
        """;

    protected override IDocumentReader CreateReader() => new MarkdownReader();

    protected override string MediaType => MarkdownReader.MarkdownFormat.MediaType;

    protected override IReadOnlyList<byte[]> ValidSamples { get; } =
    [
        Encoding.UTF8.GetBytes(Written),
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "formats", "mixed", "notes.md")),
    ];

    protected override int Mutations => 1000;
}
