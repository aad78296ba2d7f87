using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Ingest.Resilience;

/// <summary>
/// Opens sources through a Polly pipeline: retry (outer) → circuit breaker per host → time-out per attempt (inner).
/// Local files share one pipeline without a breaker; each remote host gets its own, so one failing server does not
/// stop documents from the others.
/// </summary>
internal sealed class SourceOpenPolicy
{
    private readonly SourceResilienceOptions _options;
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _pipelines = new(StringComparer.OrdinalIgnoreCase);

    public SourceOpenPolicy(SourceResilienceOptions options) => _options = options;

    public ValueTask<Stream> OpenAsync(SourceOpenState state, CancellationToken cancellationToken)
    {
        // A file opens synchronously and has no fault domain (no breaker): its first attempt runs without the pipeline,
        // whose time-out cannot interrupt a synchronous open anyway. A failed first attempt goes through the pipeline
        // as that pipeline's first attempt, so retries, delays and attempt counts stay what the pipeline makes them.
        if (state.Source is FileSourceDocument file)
        {
            state.Attempts++;
            try
            {
                var opened = file.OpenAsync(cancellationToken);
                return opened.IsCompletedSuccessfully ? opened : FinishFirstAttemptAsync(opened, state, cancellationToken);
            }
            catch (Exception ex)
            {
                state.FirstFailure = ExceptionDispatchInfo.Capture(ex);
            }
        }

        return OpenThroughPipelineAsync(state, cancellationToken);
    }

    private async ValueTask<Stream> FinishFirstAttemptAsync(ValueTask<Stream> opened, SourceOpenState state, CancellationToken cancellationToken)
    {
        try
        {
            return await opened.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            state.FirstFailure = ExceptionDispatchInfo.Capture(ex);
        }

        return await OpenThroughPipelineAsync(state, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Stream> OpenThroughPipelineAsync(SourceOpenState state, CancellationToken cancellationToken)
    {
        // The source names its fault domain (a remote host); sources without one share the local pipeline, without a breaker.
        var resilienceKey = state.Source.ResilienceKey;
        var remote = resilienceKey is not null;
        var pipeline = _pipelines.GetOrAdd(resilienceKey ?? string.Empty, static (_, args) => args.Self.Build(args.Remote), (Self: this, Remote: remote));
        return await pipeline.ExecuteAsync(
            static async (s, token) =>
            {
                if (s.FirstFailure is { } first)
                {
                    // The attempt already made on the fast path: its fault is the pipeline's first outcome.
                    s.FirstFailure = null;
                    first.Throw();
                }

                s.Attempts++;
                return await s.Source.OpenAsync(token).ConfigureAwait(false);
            },
            state,
            cancellationToken).ConfigureAwait(false);
    }

    private ResiliencePipeline Build(bool remote)
    {
        var builder = new ResiliencePipelineBuilder();
        var transient = new PredicateBuilder().Handle<Exception>(SourceFaults.IsTransient);
        if (_options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = _options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                Delay = _options.BaseDelay,
                MaxDelay = _options.MaxDelay,
                UseJitter = _options.UseJitter,
                DelayGenerator = args =>
                {
                    // Honour the server's Retry-After (429, 503) within the configured ceiling.
                    var requested = args.Outcome.Exception is SourceException { RetryAfter: { } after } ? after : (TimeSpan?)null;
                    return ValueTask.FromResult(requested is { } r ? (TimeSpan?)(r < _options.MaxDelay ? r : _options.MaxDelay) : null);
                },
            });
        }

        if (remote && _options.UseCircuitBreaker)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = transient,
                FailureRatio = _options.CircuitFailureRatio,
                MinimumThroughput = Math.Max(2, _options.CircuitMinimumThroughput),
                SamplingDuration = _options.CircuitSamplingDuration,
                BreakDuration = _options.CircuitBreakDuration,
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = _options.AttemptTimeout });
        return builder.Build();
    }
}
