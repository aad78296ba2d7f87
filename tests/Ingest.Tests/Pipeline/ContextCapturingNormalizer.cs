namespace Ingest.Tests.Pipeline;

internal sealed class ContextCapturingNormalizer(List<NormalizationContext> seen) : IDocumentNormalizer
{
    public string Name => "capture";

    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        lock (seen)
        {
            seen.Add(context);
        }

        return ValueTask.CompletedTask;
    }
}
