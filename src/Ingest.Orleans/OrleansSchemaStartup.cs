using Orleans;
using Orleans.Runtime;

namespace Ingest.Orleans;

/// <summary>Runs <see cref="OrleansPostgresSchema.EnsureAsync"/> at the silo's first lifecycle stage, before the membership table or reminder service open.</summary>
internal sealed class OrleansSchemaStartup(string connectionString) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(OrleansSchemaStartup), ServiceLifecycleStage.First, ct => OrleansPostgresSchema.EnsureAsync(connectionString, ct));
}
