using System.Globalization;
using Ingest.Readers.Pdf.Tests.Support;

namespace Ingest.Readers.Pdf.Tests.Layout;

/// <summary>Pages with <c>/Rotate</c> and text drawn with a rotated text matrix, read through the whole reader.</summary>
public sealed class LayoutRotatedPageTests
{
    private static readonly string[] Lines = ["Rotated pages must read", "in the order of their lines", "and each line along itself."];

    /// <summary>
    /// One page rotated by <paramref name="rotate"/> whose three lines are drawn with the text matrix
    /// [a b c d] = [cos sin -sin cos] of <paramref name="angle"/>, each next line one pitch further down in the text's own frame.
    /// </summary>
    private static byte[] Page(int rotate, int angle)
    {
        var radians = angle * Math.PI / 180;
        var (cos, sin) = (Math.Round(Math.Cos(radians)), Math.Round(Math.Sin(radians)));
        var content = new System.Text.StringBuilder("BT /F1 11 Tf\n");
        for (var i = 0; i < Lines.Length; i++)
        {
            // "Down" in the text's frame is the baseline direction turned clockwise: (sin, -cos).
            var x = 306 + (14 * i * sin);
            var y = 396 - (14 * i * cos);
            content.Append(CultureInfo.InvariantCulture, $"{cos} {sin} {-sin} {cos} {x - (100 * cos)} {y - (100 * sin)} Tm ({Lines[i]}) Tj\n");
        }

        content.Append("ET");
        return new PdfFileBuilder()
            .Add(1, "<< /Type /Catalog /Pages 2 0 R >>")
            .Add(2, $"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 612 792] /Rotate {rotate} >>")
            .Add(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
            .AddStream(4, string.Empty, content.ToString())
            .Add(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
            .Build();
    }

    [Theory]
    [InlineData(90, 90)]
    [InlineData(90, 0)]
    [InlineData(270, 270)]
    [InlineData(270, 0)]
    [InlineData(0, 90)]
    [InlineData(180, 180)]
    public void Lines_drawn_at_an_angle_on_a_rotated_page_read_along_their_own_direction(int rotate, int angle)
    {
        var document = PdfTestReading.Read(Page(rotate, angle));

        Assert.Equal(string.Join(' ', Lines), document.Text.Replace('\n', ' '));
    }
}
