using System.Runtime.CompilerServices;

namespace Ingest;

/// <summary>Ingests containers together with the documents inside them.</summary>
public static class ContainerIngestionExtensions
{
    /// <summary>The default of the <c>maxDepth</c> parameter: how deep containers inside containers are opened.</summary>
    public const int DefaultMaxDepth = 3;

    /// <summary>
    /// Ingests <paramref name="sources"/> and, after each result read by a container reader, the documents inside it,
    /// recursively to <paramref name="maxDepth"/>: one result per document and per child. A child's
    /// <see cref="IngestResult.Source"/> is its <see cref="ChildSourceDocument"/> identity, and its document's
    /// <see cref="DocumentMetadata.Extra"/> names the parent (<c>container.parent</c>) and the path (<c>container.path</c>).
    /// </summary>
    /// <param name="ingestion">The ingestion service.</param>
    /// <param name="sources">The top-level source documents.</param>
    /// <param name="containers">The registered container readers (from dependency injection: <c>GetServices&lt;IContainerReader&gt;()</c>).</param>
    /// <param name="maxDepth">How deep containers inside containers are opened; deeper ones get a diagnostic and are not opened.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    public static async IAsyncEnumerable<IngestResult> IngestWithChildrenAsync(
        this IIngestionService ingestion,
        IAsyncEnumerable<SourceDocument> sources,
        IEnumerable<IContainerReader> containers,
        int maxDepth = DefaultMaxDepth,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ingestion);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(containers);
        var byName = new Dictionary<string, IContainerReader>(StringComparer.Ordinal);
        foreach (var container in containers)
        {
            byName.TryAdd(container.Name, container);
        }

        var sourcesById = new Dictionary<Uri, SourceDocument>();
        await foreach (var result in ingestion.IngestAsync(Remember(sources, sourcesById, cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            yield return result;
            if (sourcesById.Remove(result.Source, out var source))
            {
                await foreach (var child in ExpandAsync(ingestion, result, source, byName, 1, maxDepth, cancellationToken).ConfigureAwait(false))
                {
                    yield return child;
                }
            }
        }
    }

    private static async IAsyncEnumerable<SourceDocument> Remember(
        IAsyncEnumerable<SourceDocument> sources,
        Dictionary<Uri, SourceDocument> sourcesById,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var source in sources.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            lock (sourcesById)
            {
                sourcesById[source.Uri] = source;
            }

            yield return source;
        }
    }

    private static async IAsyncEnumerable<IngestResult> ExpandAsync(
        IIngestionService ingestion,
        IngestResult parent,
        SourceDocument source,
        Dictionary<string, IContainerReader> containers,
        int depth,
        int maxDepth,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (parent.Document is null || parent.Reader is null || parent.MediaType is null
            || !containers.TryGetValue(parent.Reader, out var container))
        {
            yield break;
        }

        if (depth > maxDepth)
        {
            parent.Document.Diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                "container.depth-limit",
                $"The container is nested deeper than {maxDepth} levels; the documents inside it were not opened.")
            { Stage = "read" });
            yield break;
        }

        var children = new List<ChildSourceDocument>();
        var stream = await source.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var context = new ReadContext(source, parent.MediaType);
            await foreach (var child in container.ReadChildrenAsync(stream, context, cancellationToken).ConfigureAwait(false))
            {
                children.Add(child);
            }
        }

        parent.Document.Metadata.Extra["container.children"] = children.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var child in children)
        {
            var result = await ingestion.IngestAsync(child, cancellationToken).ConfigureAwait(false);
            if (result.Document is not null)
            {
                result.Document.Metadata.Extra["container.parent"] = child.Parent.ToString();
                result.Document.Metadata.Extra["container.path"] = child.Path;
            }

            yield return result;
            await foreach (var grandchild in ExpandAsync(ingestion, result, child, containers, depth + 1, maxDepth, cancellationToken).ConfigureAwait(false))
            {
                yield return grandchild;
            }
        }
    }
}
