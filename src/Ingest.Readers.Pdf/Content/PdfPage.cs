using Ingest.Readers.Pdf.Objects;

namespace Ingest.Readers.Pdf.Content;

/// <summary>A page with its inherited attributes resolved.</summary>
/// <param name="Number">The 1-based page number.</param>
/// <param name="Dictionary">The page dictionary.</param>
/// <param name="Resources">The resources (own or inherited).</param>
/// <param name="Box">The visible box (crop box, else media box): left, bottom, right, top.</param>
/// <param name="Rotate">The rotation in degrees clockwise: 0, 90, 180 or 270.</param>
internal sealed record PdfPage(int Number, PdfDictionary Dictionary, PdfDictionary? Resources, (double Left, double Bottom, double Right, double Top) Box, int Rotate)
{
    /// <summary>The width after rotation.</summary>
    public double Width => Rotate is 90 or 270 ? Box.Top - Box.Bottom : Box.Right - Box.Left;

    /// <summary>The height after rotation.</summary>
    public double Height => Rotate is 90 or 270 ? Box.Right - Box.Left : Box.Top - Box.Bottom;

    /// <summary>The transformation from user space to the upright page (rotation applied, origin at the bottom left).</summary>
    public PdfMatrix PageTransform
    {
        get
        {
            var (x0, y0, x1, y1) = Box;
            return Rotate switch
            {
                90 => new PdfMatrix(0, -1, 1, 0, -y0, x1),
                180 => new PdfMatrix(-1, 0, 0, -1, x1, y1),
                270 => new PdfMatrix(0, 1, -1, 0, y1, -x0),
                _ => new PdfMatrix(1, 0, 0, 1, -x0, -y0),
            };
        }
    }
}
