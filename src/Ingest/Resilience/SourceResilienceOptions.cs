namespace Ingest;

/// <summary>
/// How the pipeline retries and isolates faults while opening sources (Polly v8 under the hood): a time-out per
/// attempt, retries with exponential back-off and jitter for transient faults only, and a circuit breaker per remote host.
/// </summary>
public sealed class SourceResilienceOptions
{
    /// <summary>Retries after the first attempt for transient faults (5xx, 429, 408, resets, time-outs). 0 disables retries. Default: 3.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The delay before the first retry; later ones grow exponentially. Default: 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest delay between attempts, including one a server asks for with <c>Retry-After</c>. Default: 30 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether delays are randomized so many clients do not retry in lockstep. Default: true.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>The time-out of one attempt to open a source (for HTTP: the whole download). Default: 60 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether a circuit breaker per remote host stops hammering a host that keeps failing. Default: true.</summary>
    public bool UseCircuitBreaker { get; set; } = true;

    /// <summary>The share of failed attempts within <see cref="CircuitSamplingDuration"/> that opens a host's circuit. Default: 0.5.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest attempts within the sampling window before the circuit may open. Default: 10.</summary>
    public int CircuitMinimumThroughput { get; set; } = 10;

    /// <summary>The window over which failures are counted. Default: 30 s.</summary>
    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rejects a host's documents before letting one attempt through. Default: 15 s.</summary>
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
