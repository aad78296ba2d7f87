using System.Net.Sockets;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Ingest.Store.Postgres;

/// <summary>The retry policy for store writes: transient server and network failures, with exponential back-off.</summary>
internal static class PostgresRetry
{
    public static ResiliencePipeline Create(int retries)
    {
        if (retries <= 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),
                UseJitter = true,
            })
            .Build();
    }

    /// <summary>
    /// Whether a failure is one a retry can outlive: what Npgsql marks transient, a server shutting down or refusing
    /// connections for now (class 57P, 08, 53), or a broken socket.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        PostgresException p => p.IsTransient || p.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or SocketException or TimeoutException,
        IOException or SocketException => true,
        _ => false,
    };
}
