using System.Collections;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Plugins;

/// <summary>
/// The host's service collection as one plugin sees it: additions go straight through (so <c>TryAdd</c> sees what
/// is already registered) and are recorded, so a plugin that throws half-way leaves nothing behind.
/// </summary>
internal sealed class RecordingServiceCollection(IServiceCollection inner) : IServiceCollection
{
    private readonly List<ServiceDescriptor> _added = new();

    public IReadOnlyList<ServiceDescriptor> Added => _added;

    public int Count => inner.Count;

    public bool IsReadOnly => inner.IsReadOnly;

    public ServiceDescriptor this[int index]
    {
        get => inner[index];
        set
        {
            inner[index] = value;
            _added.Add(value);
        }
    }

    public void Add(ServiceDescriptor item)
    {
        inner.Add(item);
        _added.Add(item);
    }

    public void Insert(int index, ServiceDescriptor item)
    {
        inner.Insert(index, item);
        _added.Add(item);
    }

    public void Clear() => throw new NotSupportedException("A plugin cannot clear the host's services.");

    public bool Remove(ServiceDescriptor item) => inner.Remove(item);

    public void RemoveAt(int index) => inner.RemoveAt(index);

    public bool Contains(ServiceDescriptor item) => inner.Contains(item);

    public int IndexOf(ServiceDescriptor item) => inner.IndexOf(item);

    public void CopyTo(ServiceDescriptor[] array, int arrayIndex) => inner.CopyTo(array, arrayIndex);

    public IEnumerator<ServiceDescriptor> GetEnumerator() => inner.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Removes everything the plugin added.</summary>
    public void Rollback()
    {
        foreach (var descriptor in _added)
        {
            inner.Remove(descriptor);
        }

        _added.Clear();
    }
}
