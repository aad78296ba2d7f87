using Ingest.Chunking;
using Microsoft.Extensions.Options;

namespace Ingest;

/// <summary>
/// The <see cref="PostgresDocumentStore"/> of a service provider, opened (and its schema created) on first use, so a
/// host starts even while the database is still coming up.
/// </summary>
public sealed class PostgresStoreProvider : IAsyncDisposable
{
    private readonly PostgresStoreOptions _options;
    private readonly IDocumentChunker? _chunker;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostgresDocumentStore? _store;

    /// <summary>Creates the provider from the registered options and chunker.</summary>
    /// <param name="options">The store options.</param>
    /// <param name="chunker">The registered chunker, if any.</param>
    public PostgresStoreProvider(IOptions<PostgresStoreOptions> options, IDocumentChunker? chunker = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _chunker = chunker;
    }

    /// <summary>The open store.</summary>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The store.</returns>
    public async ValueTask<PostgresDocumentStore> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _store) is { } open)
        {
            return open;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _store ??= await PostgresDocumentStore.OpenAsync(_options, _chunker, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_store is { } store)
        {
            await store.DisposeAsync().ConfigureAwait(false);
        }

        _gate.Dispose();
    }
}
