using Ingest.Tests.Postgres;

namespace Ingest.Orleans.Tests;

/// <summary>A test that starts a PostgreSQL server of its own: skipped when the server binaries are missing, except under CI where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PrivatePostgresFactAttribute : FactAttribute
{
    public PrivatePostgresFactAttribute()
    {
        if (PrivatePostgresServer.BinDirectory is null && !PostgresServer.Required)
        {
            Skip = "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (set INGEST_PG_BIN, or run `bash .ci/test`, which installs them)";
        }
    }
}
