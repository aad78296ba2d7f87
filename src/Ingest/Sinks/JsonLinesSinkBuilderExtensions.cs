using Microsoft.Extensions.DependencyInjection;

namespace Ingest;

/// <summary>Registers a <see cref="JsonLinesWriter"/> as a sink, so that the pipeline writes every result to it.</summary>
public static class JsonLinesSinkBuilderExtensions
{
    /// <summary>Writes every result as JSON Lines to the file at <paramref name="path"/> (created, or appended to).</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The output file.</param>
    /// <param name="append">Whether to append to an existing file instead of replacing it.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddJsonLinesSink(this IIngestBuilder builder, string path, bool append = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        builder.Services.AddSingleton<IResultSink>(_ => new JsonLinesWriter(
            new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read)));
        return builder;
    }

    /// <summary>Writes every result as JSON Lines to <paramref name="stream"/>.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="stream">The stream to write UTF-8 JSON Lines to.</param>
    /// <param name="leaveOpen">Whether the stream stays open when the service provider disposes the sink.</param>
    /// <returns>The builder, for chaining.</returns>
    public static IIngestBuilder AddJsonLinesSink(this IIngestBuilder builder, Stream stream, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(stream);
        builder.Services.AddSingleton<IResultSink>(_ => new JsonLinesWriter(stream, leaveOpen));
        return builder;
    }
}
