namespace Ingest.Samples.Plugin;

/// <summary>Registers the sample plugin's reader and normalizer in-process, without a plugins folder.</summary>
public static class SamplePluginBuilderExtensions
{
    /// <summary>Registers <see cref="CsvReader"/> for <c>text/csv</c> and <c>.csv</c>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="priority">The priority among readers of <c>text/csv</c>; built-ins use 0.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddCsvReader(this IIngestBuilder builder, int priority = 10)
        => builder.AddReader<CsvReader>(priority);

    /// <summary>Registers <see cref="EmailNormalizer"/>, after the built-in normalizers.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddEmailNormalizer(this IIngestBuilder builder)
        => builder.AddNormalizer<EmailNormalizer>(NormalizerOrder.Names + 50);
}
