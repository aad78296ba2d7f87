namespace Ingest.Tests.Reliability;

/// <summary>A cooperative normalizer that takes longer than the budget but honours its token.</summary>
internal sealed class StageProbeNormalizer : IDocumentNormalizer
{
    public string Name => "slow-but-cooperative";

    public bool SawCancellation { get; private set; }

    public async ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            SawCancellation = true;
            throw;
        }
    }
}
