using FutureContractPlugin;

[assembly: Ingest.IngestPlugin(typeof(FutureEntryPoint))]

namespace FutureContractPlugin;

/// <summary>An entry point built against contracts the host does not have.</summary>
public sealed class FutureEntryPoint
{
}
