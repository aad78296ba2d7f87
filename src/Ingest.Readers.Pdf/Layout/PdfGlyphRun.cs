using System.Collections;

namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// The glyphs of one page: the first <see cref="Count"/> entries of an array (a pooled one from the interpreter).
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

    /// <summary>Wraps the first <paramref name="count"/> glyphs of <paramref name="glyphs"/>.</summary>
    /// <param name="glyphs">The glyphs (not copied).</param>
    /// <param name="count">How many of them belong to the run.</param>
    public PdfGlyphRun(PdfGlyph[] glyphs, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)glyphs.Length, nameof(count));
        _glyphs = glyphs;
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

            return ref _glyphs[index];
        }
    }

    PdfGlyph IReadOnlyList<PdfGlyph>.this[int index] => this[index];

    /// <summary>Wraps a whole array (glyphs from another source, tests).</summary>
    /// <param name="glyphs">The glyphs (not copied).</param>
    public static implicit operator PdfGlyphRun(PdfGlyph[] glyphs) => new(glyphs, glyphs.Length);

    /// <summary>The glyphs as a span.</summary>
    public ReadOnlySpan<PdfGlyph> AsSpan() => new(_glyphs, 0, Count);

    /// <inheritdoc />
    public IEnumerator<PdfGlyph> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _glyphs[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
