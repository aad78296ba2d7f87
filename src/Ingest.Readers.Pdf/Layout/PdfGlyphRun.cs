using System.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// The glyphs of one page: <see cref="Count"/> entries of an array from a start (a slab of the interpreter's glyph store).
/// </summary>
/// <remarks>
/// A type of this assembly rather than <see cref="ArraySegment{T}"/> behind <see cref="IReadOnlyList{T}"/>: layout reads
/// every glyph many times, and ReadyToRun cannot precompile the framework's segment over this assembly's glyph type, so
/// each host process jitted those accessors (and called them through the interface). The indexer here is a direct,
/// precompiled read by reference.
/// </remarks>
internal sealed class PdfGlyphRun : IReadOnlyList<PdfGlyph>
{
    private readonly PdfGlyph[] _glyphs;
    private readonly int _start;

    /// <summary>Wraps the first <paramref name="count"/> glyphs of <paramref name="glyphs"/>.</summary>
    /// <param name="glyphs">The glyphs (not copied).</param>
    /// <param name="count">How many of them belong to the run.</param>
    public PdfGlyphRun(PdfGlyph[] glyphs, int count)
        : this(glyphs, 0, count)
    {
    }

    /// <summary>Wraps <paramref name="count"/> glyphs of <paramref name="glyphs"/> from <paramref name="start"/> on.</summary>
    /// <param name="glyphs">The glyphs (not copied).</param>
    /// <param name="start">Where the run starts in <paramref name="glyphs"/>.</param>
    /// <param name="count">How many of them belong to the run.</param>
    public PdfGlyphRun(PdfGlyph[] glyphs, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start, (uint)glyphs.Length, nameof(start));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)(glyphs.Length - start), nameof(count));
        _glyphs = glyphs;
        _start = start;
        Count = count;
    }

    /// <summary>A run with no glyphs.</summary>
    public static PdfGlyphRun Empty { get; } = new(Array.Empty<PdfGlyph>(), 0);

    /// <summary>The number of glyphs.</summary>
    public int Count { get; }

    /// <summary>The glyph at <paramref name="index"/>, by reference.</summary>
    /// <param name="index">The position, below <see cref="Count"/>.</param>
    public ref readonly PdfGlyph this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref _glyphs[_start + index];
        }
    }

    PdfGlyph IReadOnlyList<PdfGlyph>.this[int index] => this[index];

    /// <summary>Wraps a whole array (glyphs from another source, tests).</summary>
    /// <param name="glyphs">The glyphs (not copied).</param>
    public static implicit operator PdfGlyphRun(PdfGlyph[] glyphs) => new(glyphs, glyphs.Length);

    /// <summary>The glyphs as a span.</summary>
    public ReadOnlySpan<PdfGlyph> AsSpan() => new(_glyphs, _start, Count);

    /// <inheritdoc />
    public IEnumerator<PdfGlyph> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _glyphs[_start + i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
