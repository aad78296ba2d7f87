using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Ingest.Containers;
using Ingest.Detection;
using Ingest.IO;
using Ingest.Pipeline.Ordering;
using Ingest.Resilience;
using Ingest.Sinks;
using Ingest.Sources;
using Microsoft.Extensions.Options;

namespace Ingest.Pipeline;

/// <summary>
/// The streaming pipeline: source documents flow through a bounded channel to a fixed number of workers, each
/// of which detects, reads and normalizes one document at a time; results flow out through a second bounded
/// channel as they complete. Memory is bounded by the degree of parallelism and the documents in flight.
/// </summary>
internal sealed class IngestionService : IIngestionService
{
    private readonly IngestOptions _options;
    private readonly ReaderSelector _readers;
    private readonly FormatDetector _detector;
    private readonly IDocumentNormalizer[] _normalizers;
    private readonly SourceOpenPolicy _sourcePolicy;
    private readonly ResultSinks _sinks;
    private readonly ContainerExpansion _containers;
    private readonly AbandonedWork _abandoned = new(AbandonedWorkersPerComponent);

    // How many overrunning workers of one reader or normalizer may still run before it is refused (see AbandonedWork).
    private const int AbandonedWorkersPerComponent = 2;

    // With ordered results, how many sources per worker may be admitted ahead of the first unfinished one (see ResultReorderBuffer).
    private const int OrderedWindowPerWorker = 4;

    // With ordered results, how many of a container's children may wait for an earlier source before its worker waits too.
    private const int ChildrenAheadOfTurn = 16;

    public IngestionService(
        IOptions<IngestOptions> options,
        IEnumerable<ReaderRegistration> readers,
        IEnumerable<NormalizerRegistration> normalizers,
        IEnumerable<ISourceProvider> sourceProviders,
        IEnumerable<IResultSink> sinks,
        IServiceProvider services)
    {
        _options = options.Value;
        Locations = new LocationResolver(sourceProviders);
        _sinks = new ResultSinks(sinks, _options.DocumentTimeout);
        _readers = new ReaderSelector(readers, services);
        _detector = new FormatDetector(_readers);
        _sourcePolicy = new SourceOpenPolicy(_options.SourceResilience);
        var ordered = StableOrder.By(normalizers, r => r.Order);
        _normalizers = new IDocumentNormalizer[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            _normalizers[i] = ordered[i].Factory(services);
        }
        _containers = new ContainerExpansion(_options, _readers, ProcessAsync);
    }

    /// <summary>Resolves locations through the registered source providers.</summary>
    public LocationResolver Locations { get; }

    public async IAsyncEnumerable<IngestResult> IngestAsync(
        IAsyncEnumerable<SourceDocument> sources,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var parallelism = Math.Max(1, _options.MaxDegreeOfParallelism);
        var input = Channel.CreateBounded<(long Index, SourceDocument Source)>(
            new BoundedChannelOptions(parallelism) { SingleWriter = true });
        var output = Channel.CreateBounded<IngestResult>(
            new BoundedChannelOptions(parallelism * 2) { SingleReader = true });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var ordering = _options.EnsureOrdered ? new ResultReorderBuffer(OrderedWindowPerWorker * parallelism) : null;
        var producer = Task.Run(() => ProduceAsync(sources, input.Writer, output.Writer, ordering, stop.Token), stop.Token);
        var workers = new Task[parallelism];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(input.Reader, output.Writer, ordering, stop), stop.Token);
        }

        var completion = Task.WhenAll(workers).ContinueWith(
            t => output.Writer.TryComplete(t.Exception?.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        // With sinks, each result is yielded once the next one has been written, so the last can carry the flush's diagnostics.
        IngestResult? held = null;
        var flushed = false;
        try
        {
            await foreach (var result in InOrderAsync(output.Reader, ordering, cancellationToken).ConfigureAwait(false))
            {
                var written = await _sinks.WriteAsync(result, cancellationToken).ConfigureAwait(false);
                if (_sinks.IsEmpty)
                {
                    yield return written;
                    continue;
                }

                if (held is not null)
                {
                    yield return held;
                }

                held = written;
            }

            flushed = true;
            var failures = await _sinks.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (held is not null)
            {
                yield return ResultSinks.WithDiagnostics(held, failures);
            }
        }
        finally
        {
            if (!flushed)
            {
                await _sinks.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }

            // Stop the workers whether the consumer finished, broke out early or was cancelled.
            stop.Cancel();
            try
            {
                await Task.WhenAll(producer, completion).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    public async Task<IngestResult> IngestAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = await ProcessAsync(0, source, cancellationToken).ConfigureAwait(false);
        result = await _sinks.WriteAsync(result, cancellationToken).ConfigureAwait(false);
        return ResultSinks.WithDiagnostics(result, await _sinks.FlushAsync(cancellationToken).ConfigureAwait(false));
    }

    // Results as workers finish them, or in source order when the options ask for it. This iterator outlives the
    // batch, so no local holds a result across a yield; a released run of results stays in `ready` only until its
    // last one is yielded.
    private static async IAsyncEnumerable<IngestResult> InOrderAsync(
        ChannelReader<IngestResult> finished,
        ResultReorderBuffer? ordering,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ready = new List<IngestResult>();
        while (await finished.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            Release(finished, ordering, ready);
            for (var i = 0; i < ready.Count; i++)
            {
                yield return ready[i];
            }

            ready.Clear();
        }

        ordering?.Drain(ready);
        for (var i = 0; i < ready.Count; i++)
        {
            yield return ready[i];
        }

        ready.Clear();
    }

    private static void Release(ChannelReader<IngestResult> finished, ResultReorderBuffer? ordering, List<IngestResult> ready)
    {
        while (finished.TryRead(out var result))
        {
            if (ordering is null)
            {
                ready.Add(result);
            }
            else
            {
                ordering.Accept(result, ready);
            }
        }
    }

    private static async Task ProduceAsync(
        IAsyncEnumerable<SourceDocument> sources,
        ChannelWriter<(long, SourceDocument)> input,
        ChannelWriter<IngestResult> output,
        ResultReorderBuffer? ordering,
        CancellationToken cancellationToken)
    {
        long index = 0;
        try
        {
            await foreach (var source in sources.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (ordering is not null)
                {
                    await ordering.EnterAsync(cancellationToken).ConfigureAwait(false);
                }

                await input.WriteAsync((index++, source), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A source that fails to enumerate (a vanished directory, a broken URL list) is reported, not thrown.
            var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "source.enumeration-failed", $"Enumerating the sources failed: {ex.Message}") { Stage = "source" };
            var failed = new IngestResult(new Uri("ingest:source-enumeration"), index, IngestStatus.Failed, null, [diagnostic]);
            try
            {
                // With the batch's token: a consumer that has stopped reading must not leave this write waiting.
                await output.WriteAsync(failed, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        finally
        {
            input.TryComplete();
        }
    }

    // A worker that faults stops the batch: with ordered results its source's result would never come, and the
    // producer, the other workers and the consumer would wait for it forever.
    private async Task WorkAsync(
        ChannelReader<(long Index, SourceDocument Source)> input,
        ChannelWriter<IngestResult> output,
        ResultReorderBuffer? ordering,
        CancellationTokenSource stop)
    {
        try
        {
            await WorkOnAsync(input, output, ordering, stop.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task WorkOnAsync(
        ChannelReader<(long Index, SourceDocument Source)> input,
        ChannelWriter<IngestResult> output,
        ResultReorderBuffer? ordering,
        CancellationToken cancellationToken)
    {
        while (await input.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (input.TryRead(out var item))
            {
                var result = await ProcessAsync(item.Index, item.Source, cancellationToken).ConfigureAwait(false);

                // The documents inside a container are emitted first, then the container with what they changed.
                var children = 0;
                result = await _containers.ExpandAsync(
                    result,
                    item.Source,
                    async (r, t) =>
                    {
                        if (ordering is not null && ++children > ChildrenAheadOfTurn)
                        {
                            await ordering.WaitForTurnAsync(item.Index, t).ConfigureAwait(false);
                        }

                        await output.WriteAsync(r, t).ConfigureAwait(false);
                    },
                    cancellationToken).ConfigureAwait(false);
                await output.WriteAsync(result, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<IngestResult> ProcessAsync(long index, SourceDocument source, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var diagnostics = new List<Diagnostic>();
        string? mediaType = null;
        string? readerName = null;
        long bytesRead = 0;
        var ran = new List<string>(_normalizers.Length);

        using var budget = new DocumentBudget(_options.DocumentTimeout, _abandoned, cancellationToken);
        var token = budget.Token;
        var stage = "source";
        Document? document = null;
        var open = new SourceOpenState(source);
        try
        {
            // Inside the try: Length is virtual, and a source whose getter throws gets a failed result like any source fault.
            if (source.Length is { } declared && declared > _options.MaxDocumentBytes)
            {
                // Refused from its declared length, before a byte is read.
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    "source.too-large",
                    $"The document is {declared:N0} bytes, larger than the limit of {_options.MaxDocumentBytes:N0} bytes (IngestOptions.MaxDocumentBytes).")
                { Stage = stage });
                return Finish(index, source, null, diagnostics, null, null, ran, 0, started);
            }

            // Opening is inside the budget too: a source that blocks on open (a pipe, a stalled mount) is abandoned.
            var stream = await budget.RunAsync("source", source.GetType(), t => _sourcePolicy.OpenAsync(open, t).AsTask()).ConfigureAwait(false);
            if (open.Attempts > 1)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticSeverity.Info,
                    "source.retried",
                    $"The source was opened after {open.Attempts} attempts.")
                { Stage = stage, Attempts = open.Attempts });
            }

            await using (stream.ConfigureAwait(false))
            {
                stage = "detect";
                var head = ArrayPool<byte>.Shared.Rent(ContentSniffer.HeadLength);
                try
                {
                    var headLength = await ReadHeadAsync(stream, head, token).ConfigureAwait(false);
                    var detection = _detector.Detect(head.AsSpan(0, headLength), source, diagnostics);
                    mediaType = detection.MediaType;

                    var reader = _readers.Select(detection.MediaType, out var fellBack);
                    if (reader is null)
                    {
                        diagnostics.Add(new Diagnostic(
                            DiagnosticSeverity.Error,
                            "detect.unsupported-format",
                            $"No reader is registered for {detection.MediaType} (detected by {detection.Reason}).")
                        { Stage = stage });
                        return Finish(index, source, null, diagnostics, mediaType, null, ran, headLength, started);
                    }

                    if (fellBack)
                    {
                        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "detect.read-as-text", $"No reader for {detection.MediaType}; reading it as plain text.") { Stage = stage });
                    }

                    stage = "read";
                    readerName = reader.Name;
                    var content = ContentStream.Create(stream, head, headLength, _options.MaxDocumentBytes);
                    var context = new ReadContext(source, detection.MediaType)
                    {
                        DetectedCharset = detection.Charset,
                        MaxBytes = _options.MaxDocumentBytes,
                    };

                    try
                    {
                        // Awaited with the budget, so a reader that ignores cancellation cannot hold the batch.
                        document = await budget.RunAsync(reader.Name, reader.GetType(), t => reader.ReadAsync(content, context, t).AsTask())
                            .ConfigureAwait(false);
                    }
                    finally
                    {
                        bytesRead = content.BytesRead;
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(head);
                }
            }

            stage = "normalize";
            var normalization = NormalizationContext.For(document, _options.ReferenceDate);
            EntityBudget.Apply(document, _options.MaxEntitiesPerDocument);
            for (var n = 0; n < _normalizers.Length; n++)
            {
                var normalizer = _normalizers[n];
                token.ThrowIfCancellationRequested();
                try
                {
                    await NormalizeAsync(budget, normalizer, document, normalization).ConfigureAwait(false);
                    ran.Add(normalizer.Name);
                }
                catch (ComponentRefusedException ex)
                {
                    document.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, "normalize.refused", ex.Message) { Stage = stage, Transient = true });
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    document.Diagnostics.Add(new Diagnostic(
                        DiagnosticSeverity.Error,
                        "normalize.failed",
                        $"The {normalizer.Name} normalizer failed: {ex.GetType().Name}: {ex.Message}")
                    { Stage = stage });
                }

                if (EntityBudget.Check(document, _normalizers, n) is { } full)
                {
                    document.Diagnostics.Add(full);
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (budget.IsExhausted)
        {
            var diagnostic = budget.Exhausted(stage);
            if (document is not null)
            {
                document.Diagnostics.Add(diagnostic);
            }
            else
            {
                diagnostics.Add(diagnostic);
            }
        }
        catch (ComponentRefusedException ex)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, stage + ".refused", ex.Message) { Stage = stage, Transient = true });
            document = null;
        }
        catch (Exception ex) when (stage == "source")
        {
            var (code, message) = SourceFaults.Describe(ex);
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                code,
                open.Attempts > 1 ? $"{message} (after {open.Attempts} attempts)" : message)
            { Stage = stage, Attempts = open.Attempts > 1 ? open.Attempts : null, Transient = SourceFaults.IsTransient(ex) || ex is Polly.CircuitBreaker.BrokenCircuitException });
        }
        catch (DocumentReadException ex)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, ex.Code, ex.Message) { Stage = stage });
            document = null;
        }
        catch (Exception ex)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                stage + ".failed",
                $"{ex.GetType().Name}: {ex.Message}")
            { Stage = stage });
            document = null;
        }

        return Finish(index, source, document, diagnostics, mediaType, readerName, ran, bytesRead, started);
    }

    // A read that completes at once needs no wait on the budget; one that does not is awaited with it.
    private static ValueTask<int> ReadHeadAsync(Stream stream, byte[] head, CancellationToken token)
    {
        var read = stream.ReadAtLeastAsync(head.AsMemory(0, ContentSniffer.HeadLength), ContentSniffer.HeadLength, throwOnEndOfStream: false, token);
        return read.IsCompletedSuccessfully ? read : new ValueTask<int>(read.AsTask().WaitAsync(token));
    }

    // Built-in normalizers run on this worker and stop at the budget's token; any other normalizer is handed to a
    // thread the pipeline can stop waiting for (see ComponentPlacement).
    private static async ValueTask NormalizeAsync(DocumentBudget budget, IDocumentNormalizer normalizer, Document document, NormalizationContext normalization)
    {
        if (ComponentPlacement.Of(normalizer.GetType()) == ComponentPlacement.Placement.Inline)
        {
            await normalizer.NormalizeAsync(document, normalization, budget.Token).ConfigureAwait(false);
            return;
        }

        await budget.RunAsync(normalizer.Name, normalizer.GetType(), async t =>
        {
            await normalizer.NormalizeAsync(document, normalization, t).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    private static IngestResult Finish(
        long index,
        SourceDocument source,
        Document? document,
        List<Diagnostic> diagnostics,
        string? mediaType,
        string? reader,
        List<string> normalizers,
        long bytesRead,
        long started)
    {
        IReadOnlyList<Diagnostic> all = diagnostics;
        var status = IngestStatus.Failed;
        if (document is not null)
        {
            // The pipeline owns the pre-read diagnostics (source, detection): they come first, then the reader's and normalizers'.
            var merged = new List<Diagnostic>(diagnostics.Count + document.Diagnostics.Count);
            merged.AddRange(diagnostics);
            merged.AddRange(document.Diagnostics);

            all = merged;
            status = merged.Exists(d => d.Severity == DiagnosticSeverity.Error) ? IngestStatus.Partial : IngestStatus.Succeeded;
        }

        return new IngestResult(source.Uri, index, status, document, all)
        {
            MediaType = mediaType,
            Reader = reader,
            Normalizers = normalizers,
            BytesRead = bytesRead,
            Elapsed = Stopwatch.GetElapsedTime(started),
        };
    }
}
