using Ingest.Detection;

namespace Ingest.Containers;

/// <summary>
/// Ingests the documents inside a container after the container itself was read: each child goes through the same
/// pipeline step as any document (its own detection, reader, normalizers and time budget), its result names the parent
/// and its path, and is emitted before the parent's, recursively to <see cref="ContainerOptions.MaxDepth"/>.
/// A failed child makes the parent partial (<c>container.child-failed</c>), so nothing inside is lost silently.
/// </summary>
internal sealed class ContainerExpansion
{
    private readonly ContainerOptions _options;
    private readonly ReaderSelector _readers;
    private readonly TimeSpan _timeout;
    private readonly long _maxBytes;
    private readonly Func<long, SourceDocument, CancellationToken, Task<IngestResult>> _process;

    /// <param name="options">The pipeline options.</param>
    /// <param name="readers">Selects the reader that read a result, to see whether it is a container reader.</param>
    /// <param name="process">Ingests one document (the pipeline's own step).</param>
    public ContainerExpansion(IngestOptions options, ReaderSelector readers, Func<long, SourceDocument, CancellationToken, Task<IngestResult>> process)
    {
        _options = options.Containers;
        _timeout = options.DocumentTimeout;
        _maxBytes = options.MaxDocumentBytes;
        _readers = readers;
        _process = process;
    }

    /// <summary>
    /// Ingests the children of <paramref name="parent"/> when a container reader read it, passing each child's result
    /// (after its own children's) to <paramref name="emit"/>; returns the parent's result with what the children changed.
    /// </summary>
    public async Task<IngestResult> ExpandAsync(
        IngestResult parent,
        SourceDocument source,
        Func<IngestResult, CancellationToken, ValueTask> emit,
        CancellationToken cancellationToken)
    {
        if (!_options.ExpandChildren || parent.Document is null || parent.MediaType is null
            || _readers.Select(parent.MediaType, out _) is not IContainerReader container)
        {
            return parent;
        }

        if (parent.Depth >= _options.MaxDepth)
        {
            return With(parent, [new Diagnostic(
                DiagnosticSeverity.Warning,
                "container.depth-limit",
                $"The container lies {parent.Depth} levels deep, the limit (IngestOptions.Containers.MaxDepth); the documents inside it were not ingested.")
            { Stage = "container" }]);
        }

        var tally = new ChildTally();
        var diagnostics = new List<Diagnostic>();
        try
        {
            await foreach (var child in EnumerateAsync(container, parent, source, cancellationToken).ConfigureAwait(false))
            {
                var result = Place(await _process(parent.Index, child, cancellationToken).ConfigureAwait(false), child, parent.Depth + 1);
                result = await ExpandAsync(result, child, emit, cancellationToken).ConfigureAwait(false);
                tally.Add(result, child.Path);
                await emit(result, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                "container.timeout",
                $"Listing the documents inside the container took longer than {_timeout} (IngestOptions.DocumentTimeout); {tally.Count} were ingested, the rest were not.")
            { Stage = "container" });
        }
        catch (Exception ex) when (IsSingleUse(ex, source))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Warning,
                "container.not-reopened",
                "The source can be read only once, so the documents inside the container were not ingested.")
            { Stage = "container" });
        }
        catch (Exception ex)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                "container.read-failed",
                $"Listing the documents inside the container failed after {tally.Count}: {ex.GetType().Name}: {ex.Message}")
            { Stage = "container" });
        }

        parent.Document.Metadata.Extra["container.children"] = tally.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        tally.Describe(diagnostics);
        return With(parent, diagnostics);
    }

    /// <summary>Yields the container's children; each step waits at most the document budget, so a hung listing is abandoned.</summary>
    private async IAsyncEnumerable<ChildSourceDocument> EnumerateAsync(
        IContainerReader container,
        IngestResult parent,
        SourceDocument source,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var remaining = _timeout;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        budget.CancelAfter(remaining);
        var stream = await source.OpenAsync(budget.Token).AsTask().WaitAsync(budget.Token).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var context = new ReadContext(source, parent.MediaType!) { MaxBytes = _maxBytes };
            var children = container.ReadChildrenAsync(stream, context, budget.Token).GetAsyncEnumerator(budget.Token);
            await using (children.ConfigureAwait(false))
            {
                while (await children.MoveNextAsync().AsTask().WaitAsync(budget.Token).ConfigureAwait(false))
                {
                    // Only the container's own work counts against its budget, not the time its children take.
                    if (remaining != Timeout.InfiniteTimeSpan)
                    {
                        remaining -= clock.Elapsed;
                        budget.CancelAfter(Timeout.InfiniteTimeSpan);
                    }

                    yield return children.Current;
                    if (remaining != Timeout.InfiniteTimeSpan)
                    {
                        clock.Restart();
                        budget.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
                    }
                }
            }
        }
    }

    private static bool IsSingleUse(Exception exception, SourceDocument source)
        => exception is InvalidOperationException && source is StreamSourceDocument;

    /// <summary>The child's result, naming its parent, its path inside it and its depth.</summary>
    private static IngestResult Place(IngestResult result, ChildSourceDocument child, int depth)
        => Copy(result, result.Status, result.Diagnostics, child.Parent, child.Path, depth);

    /// <summary>The result with <paramref name="extra"/> diagnostics; an error makes a succeeded result partial.</summary>
    private static IngestResult With(IngestResult result, List<Diagnostic> extra)
    {
        if (extra.Count == 0)
        {
            return result;
        }

        var status = result.Status == IngestStatus.Succeeded && extra.Exists(d => d.Severity == DiagnosticSeverity.Error)
            ? IngestStatus.Partial
            : result.Status;
        return Copy(result, status, [.. result.Diagnostics, .. extra], result.Parent, result.PathInParent, result.Depth);
    }

    private static IngestResult Copy(IngestResult result, IngestStatus status, IReadOnlyList<Diagnostic> diagnostics, Uri? parent, string? path, int depth)
        => new(result.Source, result.Index, status, result.Document, diagnostics)
        {
            MediaType = result.MediaType,
            Reader = result.Reader,
            Normalizers = result.Normalizers,
            BytesRead = result.BytesRead,
            Elapsed = result.Elapsed,
            Parent = parent,
            PathInParent = path,
            Depth = depth,
        };
}
