using System.Collections.Concurrent;

namespace Ingest.Sources.Http;

/// <summary>
/// Bodies of responses that carried validators, bounded in total size; the oldest entries are dropped first.
/// Shared by all documents of one source provider.
/// </summary>
internal sealed class ConditionalResponseCache(long capacityBytes)
{
    private readonly ConcurrentDictionary<Uri, CachedResponse> _entries = new();
    private readonly ConcurrentQueue<Uri> _order = new();
    private long _size;

    public bool TryGet(Uri uri, out CachedResponse response) => _entries.TryGetValue(uri, out response!);

    public void Store(Uri uri, CachedResponse response)
    {
        if (response.Content.Length > capacityBytes || (response.ETag is null && response.LastModified is null))
        {
            return;
        }

        if (_entries.TryGetValue(uri, out var previous) && _entries.TryUpdate(uri, response, previous))
        {
            Interlocked.Add(ref _size, response.Content.Length - previous.Content.Length);
        }
        else if (_entries.TryAdd(uri, response))
        {
            Interlocked.Add(ref _size, response.Content.Length);
            _order.Enqueue(uri);
        }

        while (Interlocked.Read(ref _size) > capacityBytes && _order.TryDequeue(out var oldest))
        {
            if (_entries.TryRemove(oldest, out var removed))
            {
                Interlocked.Add(ref _size, -removed.Content.Length);
            }
        }
    }
}
