using System.Collections.Concurrent;
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

    public async ValueTask<Stream> OpenAsync(SourceOpenState state, CancellationToken cancellationToken)
    {
        // The source names its fault domain (a remote host); sources without one share the local pipeline, without a breaker.
        var resilienceKey = state.Source.ResilienceKey;
        var remote = resilienceKey is not null;
        var pipeline = _pipelines.GetOrAdd(resilienceKey ?? string.Empty, static (_, args) => args.Self.Build(args.Remote), (Self: this, Remote: remote));
        return await pipeline.ExecuteAsync(
            static async (s, token) =>
            {
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
