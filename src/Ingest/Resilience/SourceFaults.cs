using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Ingest.Resilience;

/// <summary>Classifies exceptions from opening a source as transient (worth retrying) or permanent.</summary>
internal static class SourceFaults
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        SourceException source => source.IsTransient,
        TimeoutRejectedException => true,
        BrokenCircuitException => false,
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or PathTooLongException => false,
        IOException => true,
        _ => false,
    };

    /// <summary>The diagnostic code and message for a source fault that ended the document.</summary>
    public static (string Code, string Message) Describe(Exception exception) => exception switch
    {
        SourceException source => (source.Code, source.Message),
        TimeoutRejectedException => ("source.timeout", "Opening the source timed out."),
        BrokenCircuitException => ("source.circuit-open", "The host has failed repeatedly; its circuit is open, so the document was not requested."),
        FileNotFoundException or DirectoryNotFoundException => ("source.not-found", exception.Message),
        UnauthorizedAccessException => ("source.access-denied", exception.Message),
        PathTooLongException => ("source.path-too-long", $"The path is longer than the system can open: {exception.Message}"),
        _ => ("source.failed", $"{exception.GetType().Name}: {exception.Message}"),
    };
}
