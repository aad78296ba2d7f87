namespace Ingest.Readers.Pdf.Layout;

/// <summary>
/// Holds the readable glyphs of a document's pages, one page after another, in a few large arrays (slabs) that are
/// kept for the next document (a page longer than a slab gets one of its own). Each page's glyphs stay valid until
/// <see cref="Reset"/>.
/// </summary>
/// <remarks>
/// Each page used to rent its own array from a pool, rounded up to a power of two and kept four to a size: a document
/// of a hundred pages allocated most of its arrays afresh (on the large-object heap), and the kernel zeroed each new page
/// of memory they touched. Slabs are filled densely and reused, so a batch allocates them once.
/// </remarks>
internal sealed class PdfGlyphStore
{
    /// <summary>The glyphs one slab holds; a page with more gets a slab of its own size, rounded up to this.</summary>
    internal const int SlabLength = 8192;

    /// <summary>How many slabs are kept for the next document; a longer document's extra slabs go to the collector.</summary>
    internal const int MaxKeptSlabs = 32;

    /// <summary>The longest slab kept for the next document (5 MB of glyphs): a page beyond it is rare.</summary>
    internal const int MaxKeptSlabLength = 1 << 16;

    private readonly List<PdfGlyph[]> _slabs = [];

    // How many glyphs each slab in use holds (the slabs before the current one may end short of SlabLength).
    private readonly List<int> _filled = [];
    private int _current = -1;

    /// <summary>The number of slabs allocated and kept (for tests).</summary>
    internal int SlabCount => _slabs.Count;

    /// <summary>Reserves room for <paramref name="count"/> glyphs.</summary>
    /// <param name="count">The number of glyphs, at least one.</param>
    /// <param name="start">Where the reserved room starts in the returned array.</param>
    /// <returns>The array to write the glyphs to, from <paramref name="start"/> on.</returns>
    public PdfGlyph[] Reserve(int count, out int start)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (_current < 0 || _filled[_current] + count > _slabs[_current].Length)
        {
            NextSlab(count);
        }

        start = _filled[_current];
        _filled[_current] = start + count;
        return _slabs[_current];
    }

    /// <summary>Clears the glyphs written (they hold strings) and makes every kept slab free for the next document.</summary>
    public void Reset()
    {
        for (var i = 0; i <= _current; i++)
        {
            Array.Clear(_slabs[i], 0, _filled[i]);
        }

        _slabs.RemoveAll(slab => slab.Length > MaxKeptSlabLength);
        if (_slabs.Count > MaxKeptSlabs)
        {
            _slabs.RemoveRange(MaxKeptSlabs, _slabs.Count - MaxKeptSlabs);
        }

        _filled.Clear();
        _current = -1;
    }

    private void NextSlab(int count)
    {
        _current++;
        var length = count <= SlabLength ? SlabLength : (int)Math.Min(Array.MaxLength, ((long)count + SlabLength - 1) / SlabLength * SlabLength);
        if (_current == _slabs.Count)
        {
            _slabs.Add(new PdfGlyph[length]);
        }
        else if (_slabs[_current].Length < count)
        {
            // A kept slab too short for this page: a longer one takes its place.
            _slabs[_current] = new PdfGlyph[length];
        }

        _filled.Add(0);
    }
}
