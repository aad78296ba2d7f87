using Ingest;
using Ingest.Samples.Plugin;

[assembly: IngestPlugin(typeof(SamplePlugin), Name = "samples")]

namespace Ingest.Samples.Plugin;

/// <summary>
/// The plugin's entry point, named by the assembly's <see cref="IngestPluginAttribute"/>: registers the CSV reader
/// and the e-mail normalizer when the host loads the plugin from a plugins folder.
/// </summary>
public sealed class SamplePlugin : IIngestPlugin
{
    /// <inheritdoc />
    public void Configure(IIngestBuilder builder) => builder.AddCsvReader().AddEmailNormalizer();
}
