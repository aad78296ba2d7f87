namespace Ingest.Tests.Postgres;

/// <summary>A test that needs PostgreSQL: skipped, saying why, when no server answers, except under CI where it runs and fails.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.UnavailableReason is { } reason && !PostgresServer.Required)
        {
            Skip = reason;
        }
    }
}
