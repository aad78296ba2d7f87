namespace Ingest.Orleans.Tests;

/// <summary>
/// Makes each document take a while, so a batch is still running when a test kills a silo or cuts the database; a document
/// whose text holds <see cref="HangMarker"/> never finishes and ignores cancellation, like a reader stuck in a loop.
/// </summary>
internal sealed class PacingNormalizer : IDocumentNormalizer
{
    public const string HangMarker = "POISON-HANGS-ITS-WORKER";

    public static TimeSpan Pace { get; set; } = TimeSpan.FromMilliseconds(40);

    public string Name => "pacing";

    public async ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        if (document.Text.Contains(HangMarker, StringComparison.Ordinal))
        {
            await Task.Delay(Timeout.Infinite, CancellationToken.None);
        }

        await Task.Delay(Pace, cancellationToken);
    }
}
