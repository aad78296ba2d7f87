using Ingest;
using HangingPlugin;

[assembly: IngestPlugin(typeof(HangingEntryPoint))]

namespace HangingPlugin;

/// <summary>A plugin whose Configure never returns: the loader must give up on it after its time limit.</summary>
public sealed class HangingEntryPoint : IIngestPlugin
{
    /// <inheritdoc />
    public void Configure(IIngestBuilder builder)
    {
        // Blocks for ever, as a plugin waiting on a licence server that never answers would.
        Thread.Sleep(Timeout.Infinite);
    }
}
