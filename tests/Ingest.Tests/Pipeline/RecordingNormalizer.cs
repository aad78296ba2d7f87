namespace Ingest.Tests.Pipeline;

internal sealed class RecordingNormalizer(string name, List<string> order, bool fail = false) : IDocumentNormalizer
{
    public string Name { get; } = name;

    public ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        lock (order)
        {
            order.Add(Name);
        }

        return fail ? throw new FormatException("bad token") : ValueTask.CompletedTask;
    }
}
