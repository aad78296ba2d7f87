using System.Runtime.CompilerServices;
using System.Text;
using Ingest;

namespace OverflowingPlugin;

/// <summary>
/// Reads <c>.ovf</c> files. A file whose text starts with <c>overflow</c> sends it into unbounded recursion that never
/// calls the host (the stack overflow .NET cannot catch); one that starts with <c>hang</c> never returns; any other
/// gives a document that uses every part of the model (blocks with provenance, metadata, a link, a diagnostic).
/// </summary>
public sealed class OverflowingReader : IDocumentReader
{
    /// <inheritdoc />
    public string Name => "overflowing";

    /// <inheritdoc />
    public IReadOnlyList<DocumentFormat> Formats { get; } = [new DocumentFormat("text/x-overflow", ".ovf")];

    /// <inheritdoc />
    public async ValueTask<Document> ReadAsync(Stream content, ReadContext context, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(content, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (text.StartsWith("overflow", StringComparison.Ordinal))
        {
            _ = Recurse(0);
            throw new InvalidOperationException("unreachable: the recursion has no end");
        }

        if (text.StartsWith("hang", StringComparison.Ordinal))
        {
            Thread.Sleep(Timeout.Infinite);
        }

        return Rich(context, text);
    }

    /// <summary>A document that sets every field the model has, with values that do not survive rounding.</summary>
    public static Document Rich(ReadContext context, string text)
    {
        var firstLine = text.IndexOf('\n') is var n and >= 0 ? n : text.Length;
        var blocks = new List<Block>
        {
            new(BlockKind.Heading, 0, firstLine) { Level = 2, Page = 1, Bounds = new BoundingBox(0.1 + 0.2, 1.0 / 3, 595.275590551, 841.889763779), SourceRange = new SourceRange(0, firstLine) },
            new(BlockKind.Paragraph, firstLine, text.Length - firstLine) { Page = 2 },
        };
        var metadata = new DocumentMetadata
        {
            Title = "A title \u00e9\u2014",
            Published = new DateOnly(2020, 11, 12),
            Modified = new DateOnly(2021, 2, 28),
            Language = "en",
            PageCount = 2,
            SiteName = "site",
            CanonicalUrl = new Uri("https://example.org/a?b=c#d"),
            Description = "line one\nline \"two\"",
        };
        metadata.Authors.Add("Ada Lovelace");
        metadata.Authors.Add("Alan Turing");
        metadata.Extra["producer"] = "tests";
        var document = new Document(context.Source.Uri, context.MediaType, text, blocks, metadata);
        document.Entities.Add(new LinkEntity(0, Math.Min(4, text.Length), text[..Math.Min(4, text.Length)], "https://example.org/"));
        document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "overflowing.note", "a warning the reader adds") { Stage = "read", Location = "line 1", Attempts = 2, Transient = true });
        return document;
    }

    // Each frame is kept (no tail call, no inlining) and never reaches the host, so nothing checks the stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Recurse(int depth) => Recurse(depth + 1) + 1;
}
