namespace Ingest.Normalizers;

/// <summary>
/// A few spare instances of a reusable working object (a list, a set), one slot per processor, taken and given back
/// around each document. Unlike a <see cref="ThreadStaticAttribute"/> field, what is kept is bounded by the processors,
/// not by the number of pool threads that ever ran the code, which grows over a long batch.
/// </summary>
/// <typeparam name="T">The working object's type.</typeparam>
internal sealed class SpareInstances<T>
    where T : class
{
    private readonly T?[] _slots = new T?[Math.Clamp(Environment.ProcessorCount, 1, 64)];

    /// <summary>A spare instance, or null when none is left (the caller creates one).</summary>
    public T? Take()
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            if (Volatile.Read(ref _slots[i]) is not null && Interlocked.Exchange(ref _slots[i], null) is { } spare)
            {
                return spare;
            }
        }

        return null;
    }

    /// <summary>Keeps <paramref name="instance"/> (already cleared by the caller) for the next document, if a slot is free.</summary>
    public void GiveBack(T instance)
    {
        // Given back twice (a second Dispose), it would be handed to two documents at once.
        if (Array.IndexOf(_slots, instance) >= 0)
        {
            return;
        }

        for (var i = 0; i < _slots.Length; i++)
        {
            if (Interlocked.CompareExchange(ref _slots[i], instance, null) is null)
            {
                return;
            }
        }
    }
}
