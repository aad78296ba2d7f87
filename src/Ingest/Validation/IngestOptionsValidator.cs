using System.Globalization;
using Microsoft.Extensions.Options;

namespace Ingest.Validation;

/// <summary>
/// Checks <see cref="IngestOptions"/> when they are first used (and at start-up in a host, through <c>ValidateOnStart</c>),
/// so that a value the pipeline or Polly cannot use fails with a message naming the option instead of failing every
/// document at run time.
/// </summary>
internal sealed class IngestOptionsValidator : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidatePipeline(options, failures);
        ValidateResilience(options.SourceResilience, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidatePipeline(IngestOptions options, List<string> failures)
    {
        if (options.MaxDegreeOfParallelism < 1 || options.MaxDegreeOfParallelism > IngestOptions.MaxParallelism)
        {
            failures.Add(Format(
                "IngestOptions.MaxDegreeOfParallelism is {0}; it must be between 1 and {1} (64 per processor).",
                options.MaxDegreeOfParallelism,
                IngestOptions.MaxParallelism));
        }

        if (options.DocumentTimeout != Timeout.InfiniteTimeSpan
            && (options.DocumentTimeout <= TimeSpan.Zero || options.DocumentTimeout > IngestOptions.MaxDocumentTimeout))
        {
            failures.Add(Format(
                "IngestOptions.DocumentTimeout is {0}; it must be more than zero and at most {1} (one day), or Timeout.InfiniteTimeSpan.",
                options.DocumentTimeout,
                IngestOptions.MaxDocumentTimeout));
        }

        if (options.MaxDocumentBytes <= 0)
        {
            failures.Add(Format("IngestOptions.MaxDocumentBytes is {0}; it must be more than zero.", options.MaxDocumentBytes));
        }

        if (options.MaxEntitiesPerDocument < 1)
        {
            failures.Add(Format("IngestOptions.MaxEntitiesPerDocument is {0}; it must be at least 1.", options.MaxEntitiesPerDocument));
        }

        if (options.Containers.MaxDepth < 1 || options.Containers.MaxDepth > ContainerOptions.MaxDepthLimit)
        {
            failures.Add(Format("IngestOptions.Containers.MaxDepth is {0}; it must be between 1 and {1}.", options.Containers.MaxDepth, ContainerOptions.MaxDepthLimit));
        }
    }

    // The ranges are those Polly's strategies accept, so that a bad value fails here rather than when the first source opens.
    private static void ValidateResilience(SourceResilienceOptions options, List<string> failures)
    {
        if (options.MaxRetryAttempts < 0)
        {
            failures.Add(Format("SourceResilience.MaxRetryAttempts is {0}; it must be 0 (no retries) or more.", options.MaxRetryAttempts));
        }

        if (!(options.CircuitFailureRatio > 0 && options.CircuitFailureRatio <= 1))
        {
            failures.Add(Format("SourceResilience.CircuitFailureRatio is {0}; it must be more than 0 and at most 1 (a share of failed attempts).", options.CircuitFailureRatio));
        }

        if (options.CircuitMinimumThroughput < 2)
        {
            failures.Add(Format("SourceResilience.CircuitMinimumThroughput is {0}; it must be at least 2.", options.CircuitMinimumThroughput));
        }

        InRange(failures, "BaseDelay", options.BaseDelay, TimeSpan.Zero, OneDay);
        InRange(failures, "MaxDelay", options.MaxDelay, TimeSpan.Zero, OneDay);
        InRange(failures, "AttemptTimeout", options.AttemptTimeout, TimeSpan.FromMilliseconds(10), OneDay);
        InRange(failures, "CircuitSamplingDuration", options.CircuitSamplingDuration, TimeSpan.FromMilliseconds(500), OneDay);
        InRange(failures, "CircuitBreakDuration", options.CircuitBreakDuration, TimeSpan.FromMilliseconds(500), OneDay);
    }

    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    private static void InRange(List<string> failures, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add(Format("SourceResilience.{0} is {1}; it must be between {2} and {3}.", name, value, min, max));
        }
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
