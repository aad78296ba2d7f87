using System.Runtime.CompilerServices;
using Ingest;

namespace OverflowingPlugin;

/// <summary>
/// A normalizer the process-isolation tests run in the worker: on a text containing <c>normalize-overflow</c> it recurses
/// without end, on <c>normalize-hang</c> it never returns, on <c>normalize-throw</c> it adds one mark and throws, and
/// otherwise it adds a <see cref="MarkEntity"/> for every <c>mark</c> in the text (counting the entities it already saw).
/// </summary>
public sealed class OverflowingNormalizer : IDocumentNormalizer
{
    /// <inheritdoc />
    public string Name => "marks";

    /// <inheritdoc />
    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        if (text.Contains("normalize-overflow", StringComparison.Ordinal))
        {
            _ = Recurse(0);
        }

        if (text.Contains("normalize-hang", StringComparison.Ordinal))
        {
            Thread.Sleep(Timeout.Infinite);
        }

        var seen = document.Entities.Count;
        for (var at = text.IndexOf("mark", StringComparison.Ordinal); at >= 0; at = text.IndexOf("mark", at + 4, StringComparison.Ordinal))
        {
            document.Entities.Add(new MarkEntity(at, 4, "mark", seen, context.ReferenceDate));
            if (text.Contains("normalize-throw", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the marks broke");
            }
        }

        document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "marks.done", $"marked after {seen} entities") { Stage = "normalize" });
        return ValueTask.CompletedTask;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Recurse(int depth) => Recurse(depth + 1) + 1;
}
