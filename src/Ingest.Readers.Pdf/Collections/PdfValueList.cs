namespace Ingest.Readers.Pdf.Collections;

/// <summary>
/// A growable list (and stack) of values, for the engine's per-glyph, per-operand and per-row structures.
/// </summary>
/// <remarks>
/// Why not <see cref="List{T}"/>: ReadyToRun cannot precompile the framework's generic collections over the engine's
/// own value types (their code lives outside this assembly's version bubble), so every host process jitted each method
/// of <c>List&lt;PdfGlyph&gt;</c>, <c>Stack&lt;PdfGraphicsState&gt;</c> and the tuple lists before reading its first
/// page. This type is defined here, so its instantiations over this assembly's types are compiled ahead of time; it uses
/// only the framework's non-generic array copy.
/// </remarks>
/// <typeparam name="T">The value type held.</typeparam>
internal sealed class PdfValueList<T>
{
    private T[] _items;
    private int _count;

    /// <summary>Creates an empty list.</summary>
    public PdfValueList()
        : this(0)
    {
    }

    /// <summary>Creates an empty list with room for <paramref name="capacity"/> values.</summary>
    /// <param name="capacity">The initial room.</param>
    public PdfValueList(int capacity)
    {
        _items = new T[Math.Max(capacity, 0)];
    }

    /// <summary>The number of values held.</summary>
    public int Count => _count;

    /// <summary>The room before the list grows.</summary>
    public int Capacity => _items.Length;

    /// <summary>The value at <paramref name="index"/>, by reference.</summary>
    /// <param name="index">The position, below <see cref="Count"/>.</param>
    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref _items[index];
        }
    }

    /// <summary>Adds <paramref name="value"/> at the end.</summary>
    /// <param name="value">The value.</param>
    public void Add(T value)
    {
        if (_count == _items.Length)
        {
            Grow(_count + 1);
        }

        _items[_count++] = value;
    }

    /// <summary>Adds <paramref name="value"/> on top (the end), as a stack.</summary>
    /// <param name="value">The value.</param>
    public void Push(T value) => Add(value);

    /// <summary>Takes the value on top (the end) off, as a stack.</summary>
    public T Pop()
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("The list is empty.");
        }

        var value = _items[--_count];
        _items[_count] = default!;
        return value;
    }

    /// <summary>Removes every value (references are cleared so that they can be collected).</summary>
    public void Clear()
    {
        if (_count > 0)
        {
            Array.Clear(_items, 0, _count);
            _count = 0;
        }
    }

    /// <summary>Removes the values from <paramref name="index"/> to the end.</summary>
    /// <param name="index">The first position removed.</param>
    public void RemoveFrom(int index)
    {
        if ((uint)index > (uint)_count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        Array.Clear(_items, index, _count - index);
        _count = index;
    }

    /// <summary>The values held, as a span over the list's storage (valid until the list next grows).</summary>
    public Span<T> AsSpan() => new(_items, 0, _count);

    /// <summary>A copy of the values held.</summary>
    public T[] ToArray()
    {
        var copy = new T[_count];
        Array.Copy(_items, copy, _count);
        return copy;
    }

    private void Grow(int needed)
    {
        var larger = new T[Math.Max(needed, Math.Max(4, _items.Length * 2))];
        Array.Copy(_items, larger, _count);
        _items = larger;
    }
}
