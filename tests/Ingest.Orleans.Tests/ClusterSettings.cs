namespace Ingest.Orleans.Tests;

/// <summary>What the next test cluster's silos are configured with (the silos run in this process; tests of the class run one at a time).</summary>
internal static class ClusterSettings
{
    public static string ConnectionString { get; set; } = string.Empty;

    public static int MaxAttempts { get; set; } = 3;

    public static TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether membership lives in the PostgreSQL tables of <c>UseIngestPostgresClustering</c> instead of the test cluster's in-memory table.</summary>
    public static bool PostgresMembership { get; set; }
}
