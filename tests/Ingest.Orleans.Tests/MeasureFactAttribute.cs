using Ingest.Tests.Postgres;

namespace Ingest.Orleans.Tests;

/// <summary>A measurement for docs/scale-out.md: runs only with INGEST_CLUSTER_MEASURE=1 (and a PostgreSQL server), never in CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class MeasureFactAttribute : FactAttribute
{
    public MeasureFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("INGEST_CLUSTER_MEASURE") != "1")
        {
            Skip = "a measurement; set INGEST_CLUSTER_MEASURE=1 to run it";
        }
        else if (PostgresServer.UnavailableReason is { } reason)
        {
            Skip = reason;
        }
    }
}
