using Ingest;
using Ingest.Samples.Plugin;

[assembly: IngestPlugin(typeof(SamplePlugin), Name = "samples")]

namespace Ingest.Samples.Plugin;

/// <summary>
/// The plugin's entry point, named by the assembly's <see cref="IngestPluginAttribute"/>: registers the CSV reader
/// and the e-mail normalizer when the host loads the plugin from a plugins folder (in a worker process by default, or
/// in the host's process when it opts in with <c>PluginIsolation.InProcess</c>).
/// </summary>
public sealed class SamplePlugin : IIngestPlugin
{
    /// <inheritdoc />
    public void Configure(IIngestBuilder builder) => builder.AddCsvReader().AddEmailNormalizer();
}
