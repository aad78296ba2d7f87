using System.Collections;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Plugins;

/// <summary>
/// A service collection as one plugin sees it while it registers (a copy of the host's, so <c>TryAdd</c> sees what
/// is already registered): additions are recorded, so only what a plugin that returned in time added reaches the host.
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
}
