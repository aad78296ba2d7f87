using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>
/// Configures Ingest: readers, normalizers, sources and sinks. Obtained from <c>services.AddIngest()</c>;
/// packages and plugins extend it with their own <c>AddXxx()</c> extension methods.
/// </summary>
public interface IIngestBuilder
{
    /// <summary>The service collection Ingest registers into.</summary>
    IServiceCollection Services { get; }
}
