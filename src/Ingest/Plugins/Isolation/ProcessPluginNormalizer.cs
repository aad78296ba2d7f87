using System.Text.Json;

namespace Ingest.Plugins.Isolation;

/// <summary>
/// Stands in the host for a normalizer of a plugin loaded with <see cref="PluginIsolation.Process"/>: sends the document
/// (text, blocks, metadata, the entities so far, the entity limit) to a worker process, runs the plugin's normalizer
/// there and adds to the host's document the entities and diagnostics it added. Other changes the normalizer makes stay
/// in the worker. A worker that dies fails this normalizer with <c>plugin.process-crashed</c> (the document is
/// <c>partial</c>); one still running when the budget runs out is killed. Either way the next call gets a fresh worker.
/// </summary>
internal sealed class ProcessPluginNormalizer : IDocumentNormalizer
{
    private readonly PluginWorkerPool _pool;
    private readonly int _index;

    public ProcessPluginNormalizer(PluginWorkerPool pool, int index, WorkerNormalizerInfo info)
    {
        _pool = pool;
        _index = index;
        Name = info.Name;
    }

    public string Name { get; }

    public async ValueTask NormalizeAsync(Document document, NormalizationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var worker = await _pool.RentAsync(cancellationToken).ConfigureAwait(false);

        // The budget's end kills the worker, which also ends any wait on its pipes.
        NormalizeMessages.Outcome? outcome;
        using (cancellationToken.Register(static w => ((PluginWorkerProcess)w!).Kill(), worker))
        {
            try
            {
                await NormalizeMessages.WriteRequestAsync(worker.Input, _index, document, context, document.EntityList.Limit, cancellationToken).ConfigureAwait(false);
                outcome = await NormalizeMessages.ReadOutcomeAsync(worker.Output, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or JsonException or InvalidDataException)
            {
                outcome = null;
            }
        }

        if (outcome is null)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                worker.Dispose();
                throw new OperationCanceledException(cancellationToken);
            }

            var why = worker.DescribeEnd();
            worker.Dispose();
            document.Diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                "plugin.process-crashed",
                $"The plugin worker running the '{Name}' normalizer ended before it answered ({why}); its entities are missing and the next document gets a new worker.")
            { Stage = "normalize" });
            return;
        }

        _pool.Return(worker);
        Apply(document, outcome);
    }

    private static void Apply(Document document, NormalizeMessages.Outcome outcome)
    {
        foreach (var entity in outcome.Entities)
        {
            document.Entities.Add(entity);
        }

        foreach (var diagnostic in outcome.Diagnostics)
        {
            document.Diagnostics.Add(diagnostic);
        }

        document.EntityList.CountRefused(outcome.Refused);
        if (outcome.Failure is { } failure)
        {
            throw new IsolatedNormalizerException($"in its plugin worker, {failure}");
        }
    }
}
