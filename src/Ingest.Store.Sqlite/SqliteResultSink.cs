using Ingest.Chunking;
using Microsoft.Extensions.Options;

namespace Ingest.Store.Sqlite;

/// <summary>
/// Writes every result to the SQLite store: a document whose content hash and options fingerprint are already stored is
/// only marked seen; any other is chunked, embedded when a generator is registered, and written in the store's open batch
/// (committed when full or old, and on every flush).
/// </summary>
internal sealed class SqliteResultSink : IResultSink
{
    private readonly SqliteStoreOptions _options;
    private readonly IDocumentChunker _chunker;
    private readonly SqliteDocumentStore _store;

    public SqliteResultSink(IOptions<SqliteStoreOptions> options, SqliteDocumentStore store, IDocumentChunker? chunker = null)
    {
        _options = options.Value;
        _store = store;
        _chunker = chunker ?? DocumentChunkers.Create();
    }

    public ValueTask WriteAsync(IngestResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ValueTask(WriteCoreAsync(result, cancellationToken));
    }

    /// <summary>Commits the open batch: the pipeline flushes at the end of every run, also a cancelled or failed one.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken = default)
    {
        _store.Commit();
        return ValueTask.CompletedTask;
    }

    private async Task WriteCoreAsync(IngestResult result, CancellationToken cancellationToken)
    {
        var store = _store;
        var hash = result.Document is { } d ? ContentHash.Of(d.Text) : string.Empty;
        var fingerprint = OptionsFingerprint.Of(result, _chunker.Options, store.Embedder?.Name);
        if (store.TryMarkCurrent(result.Source, hash, fingerprint, result.Status))
        {
            return;
        }

        var chunks = result.Document is { } document ? _chunker.Chunk(document, cancellationToken) : [];
        var embeddings = store.Embedder is null || chunks.Count == 0 ? null : await store.Embedder.EmbedAsync(chunks, cancellationToken).ConfigureAwait(false);
        store.Write(result, new StoredDocument(hash, fingerprint, chunks, embeddings, _options.StoreDocumentText));
    }
}
