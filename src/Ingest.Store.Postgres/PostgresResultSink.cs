namespace Ingest.Store.Postgres;

/// <summary>Writes every result to the PostgreSQL store; see <see cref="PostgresDocumentStore.WriteAsync"/>.</summary>
internal sealed class PostgresResultSink(PostgresStoreProvider store) : IResultSink
{
    public async ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        var opened = await store.GetAsync(cancellationToken).ConfigureAwait(false);
        await opened.WriteAsync(result, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
