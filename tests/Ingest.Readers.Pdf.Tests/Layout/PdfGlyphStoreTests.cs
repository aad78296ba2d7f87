using Ingest.Readers.Pdf.Layout;

namespace Ingest.Readers.Pdf.Tests.Layout;

public sealed class PdfGlyphStoreTests
{
    [Fact]
    public void Pages_that_fit_share_a_slab_one_after_another_and_a_page_that_does_not_starts_the_next()
    {
        var store = new PdfGlyphStore();

        var first = store.Reserve(3000, out var firstStart);
        var second = store.Reserve(5000, out var secondStart);
        var third = store.Reserve(1000, out var thirdStart);

        Assert.Same(first, second);
        Assert.Equal(0, firstStart);
        Assert.Equal(3000, secondStart);
        Assert.NotSame(first, third);
        Assert.Equal(0, thirdStart);
        Assert.Equal(2, store.SlabCount);
    }

    [Fact]
    public void Runs_over_a_slab_read_only_their_own_glyphs()
    {
        var store = new PdfGlyphStore();
        var a = store.Reserve(2, out var aStart);
        a[aStart] = Glyph("a", 1);
        a[aStart + 1] = Glyph("b", 2);
        var b = store.Reserve(1, out var bStart);
        b[bStart] = Glyph("c", 3);

        var firstPage = new PdfGlyphRun(a, aStart, 2);
        var secondPage = new PdfGlyphRun(b, bStart, 1);

        Assert.Equal(["a", "b"], firstPage.Select(g => g.Text));
        Assert.Equal("c", secondPage[0].Text);
        Assert.Equal(3, secondPage.AsSpan()[0].Sequence);
        Assert.Throws<ArgumentOutOfRangeException>(() => secondPage[1].Text);
    }

    [Fact]
    public void A_page_longer_than_a_slab_gets_a_slab_of_its_own_rounded_up_to_whole_slabs()
    {
        var store = new PdfGlyphStore();
        store.Reserve(10, out _);

        var array = store.Reserve(PdfGlyphStore.SlabLength + 1, out var start);

        Assert.Equal(2 * PdfGlyphStore.SlabLength, array.Length);
        Assert.Equal(0, start);
        Assert.Equal(2, store.SlabCount);
    }

    [Fact]
    public void A_kept_slab_too_short_for_the_next_documents_page_is_replaced_by_a_longer_one()
    {
        var store = new PdfGlyphStore();
        var shortSlab = store.Reserve(100, out _);
        store.Reset();

        var longSlab = store.Reserve(3 * PdfGlyphStore.SlabLength, out var start);

        Assert.NotSame(shortSlab, longSlab);
        Assert.Equal(3 * PdfGlyphStore.SlabLength, longSlab.Length);
        Assert.Equal(0, start);
        Assert.Equal(1, store.SlabCount);
    }

    [Fact]
    public void Reset_drops_slabs_longer_than_the_kept_length()
    {
        var store = new PdfGlyphStore();
        store.Reserve(10, out _);
        store.Reserve(PdfGlyphStore.MaxKeptSlabLength + 1, out _);

        store.Reset();

        Assert.Equal(1, store.SlabCount);
    }

    [Fact]
    public void Reset_clears_the_written_glyphs_and_the_next_document_reuses_the_slabs_from_the_start()
    {
        var store = new PdfGlyphStore();
        var slab = store.Reserve(4, out _);
        slab[3] = Glyph("x", 9);
        store.Reserve(PdfGlyphStore.SlabLength, out _);

        store.Reset();
        var again = store.Reserve(10, out var start);

        Assert.Same(slab, again);
        Assert.Equal(0, start);
        Assert.Null(slab[3].Text);
        Assert.Equal(2, store.SlabCount);
    }

    [Fact]
    public void Reset_keeps_at_most_the_kept_slabs()
    {
        var store = new PdfGlyphStore();
        for (var i = 0; i < PdfGlyphStore.MaxKeptSlabs + 3; i++)
        {
            store.Reserve(PdfGlyphStore.SlabLength, out _);
        }

        store.Reset();

        Assert.Equal(PdfGlyphStore.MaxKeptSlabs, store.SlabCount);
    }

    private static PdfGlyph Glyph(string text, int sequence) => new(text, 0, 0, 1, 10, 0, 2.5, 1, false, false, sequence);
}
