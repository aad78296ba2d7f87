using UglyToad.PdfPig.Content;

namespace Ingest.Readers.Pdf.PdfPig;

/// <summary>
/// Maps PdfPig's letter coordinates into the upright page space Ingest's layout reads, origin at the bottom left. PdfPig
/// already applies the page's <c>/Rotate</c> to its letters (a rotated page's text reads upright in its coordinates), so
/// what is left is moving an unrotated crop box's corner to the origin.
/// </summary>
/// <param name="Left">The crop box's left edge, subtracted from x.</param>
/// <param name="Bottom">The crop box's bottom edge, subtracted from y.</param>
/// <param name="Width">The upright page width.</param>
/// <param name="Height">The upright page height.</param>
/// <param name="Rotation">The page rotation, clockwise: 0, 90, 180 or 270.</param>
internal readonly record struct PageFrame(double Left, double Bottom, double Width, double Height, int Rotation)
{
    /// <summary>The frame of <paramref name="page"/>.</summary>
    /// <param name="page">The page.</param>
    public static PageFrame Of(Page page)
    {
        var box = page.CropBox.Bounds;
        var rotation = ((page.Rotation.Value % 360) + 360) % 360;
        rotation -= rotation % 90;
        var (left, bottom) = rotation == 0 ? (box.Left, box.Bottom) : (0, 0);
        return new PageFrame(left, bottom, Math.Max(1, page.Width), Math.Max(1, page.Height), rotation);
    }

    /// <summary>A letter's point in upright page space.</summary>
    /// <param name="x">The x coordinate PdfPig gives.</param>
    /// <param name="y">The y coordinate PdfPig gives.</param>
    public (double X, double Y) Upright(double x, double y) => (x - Left, y - Bottom);
}
